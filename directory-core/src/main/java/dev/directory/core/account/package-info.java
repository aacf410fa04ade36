/**
 * Staff accounts: roles (viewer, editor, admin), the office an account looks after, bcrypt
 * passwords (the store {@code Accounts}), and API tokens kept as hashes ({@code ApiTokens}).
 */
package dev.directory.core.account;
