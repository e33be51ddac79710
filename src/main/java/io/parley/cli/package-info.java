/**
 * picocli commands: thin wrappers over the feature APIs; exit 0 ok, 1 failure, 2 usage.
 */
package io.parley.cli;
