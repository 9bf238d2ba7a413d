/**
 * Turns phone events into the outside world's notifications: webhooks (HTTP POST of the event as
 * JSON) and event hooks (a program started with the event's fields as arguments, never through a
 * shell).
 */
package io.parley.notifications;
