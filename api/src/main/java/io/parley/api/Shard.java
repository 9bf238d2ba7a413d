package io.parley.api;

import io.parley.sip.port.Loop;
import io.parley.sip.transaction.TransactionLayer;

/** One loop of a phone and the transaction layer that runs on it. */
record Shard(int index, Loop loop, TransactionLayer layer) {}
