/** ITU-T G.711 µ-law (PCMU, RTP payload type 0) and A-law (PCMA, payload type 8). */
package io.parley.codecs.g711;
