package viva.drill;

import viva.bank.Difficulty;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Question;
import viva.bank.QuestionText;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Small questions built in code, for tests of selection and sessions. */
final class Questions {
    private Questions() {
    }

    static Question of(String id, Difficulty difficulty, String... tags) {
        QuestionText en = new QuestionText("What is " + id + "?", "It is about routing and balance.",
                List.of(new KeyPoint("routing", List.of("routing")), new KeyPoint("balance", List.of("balance"))),
                List.of("first hint", "second hint"), List.of());
        QuestionText zh = new QuestionText(id + " 是什么?", "与路由和均衡有关。",
                List.of(new KeyPoint("路由", List.of("路由")), new KeyPoint("均衡", List.of("均衡"))),
                List.of("提示"), List.of());
        return new Question(id, List.of(tags), difficulty, Duration.ofSeconds(60), List.of(),
                Map.of(Lang.EN, en, Lang.ZH, zh), new Location("test.yaml", 1, 1));
    }
}
