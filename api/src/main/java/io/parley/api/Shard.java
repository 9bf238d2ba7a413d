package io.parley.api;

import io.parley.sip.port.Loop;
import io.parley.sip.session.UserAgentCore;
import io.parley.sip.transaction.TransactionLayer;

/** One loop of a phone, the transaction layer that runs on it and that layer's user agent core. */
record Shard(int index, Loop loop, TransactionLayer layer, UserAgentCore core) {}
