/**
 * What every kind's description is made of, naming no kind: a field's names and form, reading a
 * record's values with its problems, cells of lists and typed e-mails and phones, and the batched
 * saves every store shares.
 */
package dev.directory.core.record;
