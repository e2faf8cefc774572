/**
 * Work beside the main thread: the one way viva starts background work and waits for it, and cleanup that runs once.
 */
package viva.threads;
