/**
 * The configuration: defaults, then config.yaml, then VIVA_ variables, each setting with where it came from, checked with located errors.
 */
package viva.config;
