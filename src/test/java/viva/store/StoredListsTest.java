package viva.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import viva.text.JsonText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand reading of stored lists agrees with Jackson wherever it answers, and leaves every other form to it. */
class StoredListsTest {
    @Test
    void theStoresOwnFormsReadAsJacksonReadsThem() throws Exception {
        for (List<String> tags : List.of(List.<String>of(), List.of("moe"), List.of("fine-tuning", "lora"), List.of("注意力", "a b", ""),
                List.of("quote\"inside", "back\\slash", "tab\there", "a\",\"b"))) {
            String json = JsonText.mapper().writeValueAsString(tags);
            assertThat(Store.strings(json)).as(json).isEqualTo(tags);
            if (!json.contains("\\")) {
                assertThat(StoredLists.strings(json)).as(json).contains(tags);
            }
        }
        for (List<Boolean> marks : List.of(List.<Boolean>of(), List.of(true), List.of(false, true, false))) {
            String json = JsonText.mapper().writeValueAsString(marks);
            assertThat(StoredLists.booleans(json)).as(json).contains(marks);
        }
    }

    @Test
    void otherFormsAreLeftToJackson() throws Exception {
        for (String json : List.of("[\"a\\u0041\"]", "[ \"a\", \"b\" ]", "[\"a\",1]", "{}", "\"a\"", "[", "[\"a\"")) {
            assertThat(StoredLists.strings(json)).as(json).isEmpty();
        }
        for (String json : List.of("[true, false]", "[1,0]", "[null]", "true", "[")) {
            assertThat(StoredLists.booleans(json)).as(json).isEmpty();
        }
        assertThat(Store.strings("[ \"a\", \"b\" ]")).containsExactly("a", "b");
        assertThat(JsonText.mapper().readValue("[\"a\\u0041\"]", new TypeReference<List<String>>() { })).isEqualTo(Store.strings("[\"a\\u0041\"]"));
    }
}
