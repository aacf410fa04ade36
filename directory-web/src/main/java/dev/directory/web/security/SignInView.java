package dev.directory.web.security;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The sign-in page's model: a message after a refused sign-in, the identity providers, and the
 * form's token.
 */
public record SignInView(
    @Nullable String message, @Nullable String username, List<String> providers, String csrf) {}
