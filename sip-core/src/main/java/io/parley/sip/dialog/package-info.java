/**
 * Dialogs: the peer-to-peer relationship of two user agents, its identifier, route set, CSeq spaces
 * and remote target, and how requests inside it are built and checked (RFC 3261 §12, §16.12.1.2).
 */
package io.parley.sip.dialog;
