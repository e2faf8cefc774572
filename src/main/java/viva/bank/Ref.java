package viva.bank;

import java.util.Optional;

public record Ref(String title, int year, Optional<String> url) {
}
