package viva.text;

/**
 * What a run of text is, for the eye: a line's tone (a title, a dim aside, good or bad news, a warning,
 * a chart's marks) or a piece of rendered Markdown. Only the terminal's palette turns a style into
 * attributes, and only with colour; without it every style prints as its plain text.
 */
public enum Style { PLAIN, TITLE, DIM, GOOD, BAD, WARN, CHART, EMPHASIS, STRONG, CODE, MATH, HEADING }
