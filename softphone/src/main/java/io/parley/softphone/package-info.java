/**
 * The standalone softphone: a console, a socket/HTTP control API on loopback with a token, webhooks
 * and event hooks, so that programs in any language can drive Parley.
 */
package io.parley.softphone;
