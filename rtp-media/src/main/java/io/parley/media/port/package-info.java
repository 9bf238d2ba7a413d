/** Ports owned by the media domain: the media clock, RTP sockets, audio devices and codecs. */
package io.parley.media.port;
