package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed headers a user agent reads, as {@link HeaderType} constants for {@code
 * SipMessage.all(type)} and {@code SipMessage.first(type)}.
 */
public final class Headers {

  private Headers() {}

  /** Via (RFC 3261 §20.42). */
  public static final HeaderType<Via> VIA = HeaderType.list(HeaderName.VIA, Via::parse);

  /** From (§20.20). */
  public static final HeaderType<Address> FROM = HeaderType.single(HeaderName.FROM, Address::parse);

  /** To (§20.39). */
  public static final HeaderType<Address> TO = HeaderType.single(HeaderName.TO, Address::parse);

  /** Call-ID (§20.8). */
  public static final HeaderType<String> CALL_ID =
      HeaderType.single(HeaderName.CALL_ID, CallIds::parse);

  /** CSeq (§20.16). */
  public static final HeaderType<CSeq> CSEQ = HeaderType.single(HeaderName.CSEQ, CSeq::parse);

  /** Max-Forwards (§20.22), 0 to 255. */
  public static final HeaderType<Integer> MAX_FORWARDS =
      HeaderType.single(HeaderName.MAX_FORWARDS, lx -> (int) bounded(lx, 255, "0 to 255"));

  /** Contact (§20.10), including the wildcard. */
  public static final HeaderType<Contact> CONTACT =
      HeaderType.list(HeaderName.CONTACT, Contact::parse);

  /** Route (§20.34). */
  public static final HeaderType<Address> ROUTE = HeaderType.list(HeaderName.ROUTE, Address::parse);

  /** Record-Route (§20.30). */
  public static final HeaderType<Address> RECORD_ROUTE =
      HeaderType.list(HeaderName.RECORD_ROUTE, Address::parse);

  /** Content-Type (§20.15). */
  public static final HeaderType<MediaType> CONTENT_TYPE =
      HeaderType.single(HeaderName.CONTENT_TYPE, MediaType::parse);

  /** Content-Length (§20.14). */
  public static final HeaderType<Long> CONTENT_LENGTH =
      HeaderType.single(
          HeaderName.CONTENT_LENGTH, lx -> bounded(lx, Integer.MAX_VALUE, "a byte count"));

  /** Content-Encoding (§20.12). */
  public static final HeaderType<String> CONTENT_ENCODING =
      HeaderType.list(HeaderName.CONTENT_ENCODING, Headers::token);

  /** Accept (§20.1). */
  public static final HeaderType<MediaType> ACCEPT =
      HeaderType.list(HeaderName.ACCEPT, MediaType::parse);

  /** Expires (§20.19), capped at 2^32-1. */
  public static final HeaderType<Long> EXPIRES =
      HeaderType.single(HeaderName.EXPIRES, Headers::deltaSeconds);

  /** Min-Expires (§20.23). */
  public static final HeaderType<Long> MIN_EXPIRES =
      HeaderType.single(HeaderName.MIN_EXPIRES, Headers::deltaSeconds);

  /** WWW-Authenticate (§20.44). */
  public static final HeaderType<Challenge> WWW_AUTHENTICATE =
      HeaderType.single(HeaderName.WWW_AUTHENTICATE, lx -> Challenge.parse(rest(lx)));

  /** Proxy-Authenticate (§20.27). */
  public static final HeaderType<Challenge> PROXY_AUTHENTICATE =
      HeaderType.single(HeaderName.PROXY_AUTHENTICATE, lx -> Challenge.parse(rest(lx)));

  /** Authorization (§20.7). */
  public static final HeaderType<Credentials> AUTHORIZATION =
      HeaderType.single(HeaderName.AUTHORIZATION, lx -> Credentials.parse(rest(lx)));

  /** Proxy-Authorization (§20.28). */
  public static final HeaderType<Credentials> PROXY_AUTHORIZATION =
      HeaderType.single(HeaderName.PROXY_AUTHORIZATION, lx -> Credentials.parse(rest(lx)));

  /** Allow (§20.5). */
  public static final HeaderType<String> ALLOW = HeaderType.list(HeaderName.ALLOW, Headers::token);

  /** Supported (§20.37). */
  public static final HeaderType<String> SUPPORTED =
      HeaderType.list(HeaderName.SUPPORTED, Headers::token);

  /** Require (§20.32). */
  public static final HeaderType<String> REQUIRE =
      HeaderType.list(HeaderName.REQUIRE, Headers::token);

  /** Proxy-Require (§20.29). */
  public static final HeaderType<String> PROXY_REQUIRE =
      HeaderType.list(HeaderName.PROXY_REQUIRE, Headers::token);

  /** Unsupported (§20.40). */
  public static final HeaderType<String> UNSUPPORTED =
      HeaderType.list(HeaderName.UNSUPPORTED, Headers::token);

  /** Event (RFC 6665 §8.2.1); the {@code id} parameter identifies the subscription. */
  public static final HeaderType<ParameterizedValue> EVENT =
      HeaderType.single(HeaderName.EVENT, ParameterizedValue::parse);

  /** Allow-Events (RFC 6665 §8.2.2). */
  public static final HeaderType<String> ALLOW_EVENTS =
      HeaderType.list(HeaderName.ALLOW_EVENTS, Headers::token);

  /** Subscription-State (RFC 6665 §8.2.3): state plus expires, reason, retry-after. */
  public static final HeaderType<ParameterizedValue> SUBSCRIPTION_STATE =
      HeaderType.single(HeaderName.SUBSCRIPTION_STATE, ParameterizedValue::parse);

  /** Refer-To (RFC 3515 §2.1). */
  public static final HeaderType<Address> REFER_TO =
      HeaderType.single(HeaderName.REFER_TO, Address::parse);

  /** Referred-By (RFC 3892 §3). */
  public static final HeaderType<Address> REFERRED_BY =
      HeaderType.single(HeaderName.REFERRED_BY, Address::parse);

  /** Replaces (RFC 3891 §6.1). */
  public static final HeaderType<Replaces> REPLACES =
      HeaderType.single(HeaderName.REPLACES, Replaces::parse);

  /** Session-Expires (RFC 4028 §4): delta-seconds and {@code refresher}. */
  public static final HeaderType<ParameterizedValue> SESSION_EXPIRES =
      HeaderType.single(HeaderName.SESSION_EXPIRES, Headers::secondsWithParameters);

  /** Min-SE (RFC 4028 §5). */
  public static final HeaderType<ParameterizedValue> MIN_SE =
      HeaderType.single(HeaderName.MIN_SE, Headers::secondsWithParameters);

  /** RSeq (RFC 3262 §7.1), 1 to 2^32-1. */
  public static final HeaderType<Long> RSEQ =
      HeaderType.single(HeaderName.RSEQ, lx -> bounded(lx, 0xFFFFFFFFL, "1 to 2^32-1"));

  /** RAck (RFC 3262 §7.2). */
  public static final HeaderType<RAck> RACK = HeaderType.single(HeaderName.RACK, RAck::parse);

  /** Reason (RFC 3326): protocol plus {@code cause} and {@code text}. */
  public static final HeaderType<ParameterizedValue> REASON =
      HeaderType.list(HeaderName.REASON, ParameterizedValue::parse);

  /** Warning (§20.43). */
  public static final HeaderType<Warning> WARNING =
      HeaderType.list(HeaderName.WARNING, Warning::parse);

  /** Retry-After (§20.33). */
  public static final HeaderType<RetryAfter> RETRY_AFTER =
      HeaderType.single(HeaderName.RETRY_AFTER, RetryAfter::parse);

  /** User-Agent (§20.41), as text. */
  public static final HeaderType<String> USER_AGENT =
      HeaderType.single(HeaderName.USER_AGENT, Headers::rest);

  /** Server (§20.35), as text. */
  public static final HeaderType<String> SERVER =
      HeaderType.single(HeaderName.SERVER, Headers::rest);

  /** Subject (§20.36), as text. */
  public static final HeaderType<String> SUBJECT =
      HeaderType.single(HeaderName.SUBJECT, Headers::rest);

  /** P-Asserted-Identity (RFC 3325 §9.1). */
  public static final HeaderType<Address> P_ASSERTED_IDENTITY =
      HeaderType.list(HeaderName.P_ASSERTED_IDENTITY, Address::parse);

  /** P-Preferred-Identity (RFC 3325 §9.2). */
  public static final HeaderType<Address> P_PREFERRED_IDENTITY =
      HeaderType.list(HeaderName.P_PREFERRED_IDENTITY, Address::parse);

  /** Privacy (RFC 3323 §4.2): the priv-values, which are separated by {@code ;}. */
  public static final HeaderType<List<String>> PRIVACY =
      HeaderType.single(HeaderName.PRIVACY, Headers::privacy);

  /** Diversion (RFC 5806 §4). */
  public static final HeaderType<Address> DIVERSION =
      HeaderType.list(HeaderName.DIVERSION, Address::parse);

  /** Call-Info (§20.9). */
  public static final HeaderType<Address> CALL_INFO =
      HeaderType.list(HeaderName.CALL_INFO, Address::parse);

  /** Alert-Info (§20.4). */
  public static final HeaderType<Address> ALERT_INFO =
      HeaderType.list(HeaderName.ALERT_INFO, Address::parse);

  /** Answer-Mode (RFC 5373 §5): {@code Manual} or {@code Auto} plus {@code require}. */
  public static final HeaderType<ParameterizedValue> ANSWER_MODE =
      HeaderType.single(HeaderName.ANSWER_MODE, ParameterizedValue::parse);

  /** Path (RFC 3327 §4). */
  public static final HeaderType<Address> PATH = HeaderType.list(HeaderName.PATH, Address::parse);

  /** Service-Route (RFC 3608 §5). */
  public static final HeaderType<Address> SERVICE_ROUTE =
      HeaderType.list(HeaderName.SERVICE_ROUTE, Address::parse);

  /** Date (§20.17): an RFC 1123 date that must be in GMT. */
  public static final HeaderType<Instant> DATE = HeaderType.single(HeaderName.DATE, Headers::date);

  private static String token(Lexer lx) throws SipParseException {
    return lx.token("a token");
  }

  private static String rest(Lexer lx) {
    lx.skipLws();
    String s = lx.text().substring(lx.position(), lx.end()).strip();
    lx.position(lx.end());
    return s;
  }

  private static long bounded(Lexer lx, long max, String range) throws SipParseException {
    long v = lx.number(10, "a number from " + range);
    if (v > max) {
      throw lx.error("a number from " + range);
    }
    return v;
  }

  private static long deltaSeconds(Lexer lx) throws SipParseException {
    lx.skipLws();
    int start = lx.position();
    lx.number(Integer.MAX_VALUE, "delta-seconds");
    return Contact.deltaSeconds(lx.text().substring(start, lx.position())).orElse(0);
  }

  private static ParameterizedValue secondsWithParameters(Lexer lx) throws SipParseException {
    lx.skipLws();
    int start = lx.position();
    lx.number(Integer.MAX_VALUE, "delta-seconds");
    lx.position(start);
    return ParameterizedValue.parse(lx);
  }

  private static List<String> privacy(Lexer lx) throws SipParseException {
    List<String> values = new ArrayList<>();
    do {
      values.add(lx.token("a priv-value"));
    } while (lx.consume(';'));
    return List.copyOf(values);
  }

  private static Instant date(Lexer lx) throws SipParseException {
    int start = lx.position();
    String text = rest(lx);
    if (!text.endsWith(" GMT")) {
      throw lx.errorAt(start, "an RFC 1123 date in GMT (RFC 3261 §20.17)");
    }
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw lx.errorAt(start, "an RFC 1123 date such as 'Sat, 13 Nov 2010 23:29:00 GMT'");
    }
  }
}
