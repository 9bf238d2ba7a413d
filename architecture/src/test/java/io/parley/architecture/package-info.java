/**
 * ArchUnit rules that keep DESIGN.md's module dependencies true, each proven to bite by a fixture
 * that breaks it.
 */
package io.parley.architecture;
