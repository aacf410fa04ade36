/**
 * Staff accounts: roles (viewer, editor, admin), bcrypt passwords and API tokens kept as hashes,
 * through the store {@code Accounts}.
 */
package dev.directory.core.account;
