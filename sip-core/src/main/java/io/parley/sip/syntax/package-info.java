/**
 * Owns the lexical layer shared by SIP URIs and headers: tokens, quoted strings, parameters and the
 * parse error type. Follows the augmented BNF of RFC 3261 §25.1 (LWS, SWS, token, quoted-pair).
 */
package io.parley.sip.syntax;
