/**
 * Shell completion: the bash, zsh and fish scripts made from the command model, and the dynamic values (tags, question ids, banks) they ask viva for.
 */
package viva.completion;
