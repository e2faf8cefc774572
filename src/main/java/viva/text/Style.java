package viva.text;

/** How a piece of rendered Markdown is shown; the terminal maps each onto attributes, or onto nothing without colour. */
public enum Style { PLAIN, EMPHASIS, STRONG, CODE, MATH, HEADING, DIM }
