package viva.drill;

public enum Order {
    RANDOM, BANK
}
