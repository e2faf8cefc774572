package viva.cli;

import viva.completion.Kind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an option or positional whose values only the loaded banks know: the completion scripts offer
 * them on Tab (see {@link CompletionModel}). It sits beside picocli's annotation rather than inside it
 * because a picocli completionCandidates class would also change picocli's own bash script.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Completes {
    Kind value();
}
