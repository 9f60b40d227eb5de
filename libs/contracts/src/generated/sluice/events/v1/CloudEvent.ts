// Original file: sluice/events/v1/events.proto


/**
 * The CloudEvents 1.0 envelope (https://github.com/cloudevents/spec, v1.0.2), attribute
 * names as the spec spells them.
 */
export interface CloudEvent {
  /**
   * Always "1.0".
   */
  'specversion'?: (string);
  /**
   * Unique per source; also the JetStream Nats-Msg-Id, so a republished outbox row is
   * dropped as a duplicate.
   */
  'id'?: (string);
  'source'?: (string);
  /**
   * e.g. "sluice.workflow.state_changed".
   */
  'type'?: (string);
  'subject'?: (string);
  /**
   * RFC 3339.
   */
  'time'?: (string);
  /**
   * "application/json".
   */
  'datacontenttype'?: (string);
  /**
   * The payload message as JSON text. (In structured JSON mode the envelope holds it as a
   * JSON value; here it stays text, like every other `_json` field.)
   */
  'data'?: (string);
  /**
   * Extension attribute: the tenant the event belongs to ("" for platform events). Reserved:
   * publishers do not set it yet; the tenant is in the subject and in `data.tenant_id`.
   */
  'tenantid'?: (string);
}

/**
 * The CloudEvents 1.0 envelope (https://github.com/cloudevents/spec, v1.0.2), attribute
 * names as the spec spells them.
 */
export interface CloudEvent__Output {
  /**
   * Always "1.0".
   */
  'specversion': (string);
  /**
   * Unique per source; also the JetStream Nats-Msg-Id, so a republished outbox row is
   * dropped as a duplicate.
   */
  'id': (string);
  'source': (string);
  /**
   * e.g. "sluice.workflow.state_changed".
   */
  'type': (string);
  'subject': (string);
  /**
   * RFC 3339.
   */
  'time': (string);
  /**
   * "application/json".
   */
  'datacontenttype': (string);
  /**
   * The payload message as JSON text. (In structured JSON mode the envelope holds it as a
   * JSON value; here it stays text, like every other `_json` field.)
   */
  'data': (string);
  /**
   * Extension attribute: the tenant the event belongs to ("" for platform events). Reserved:
   * publishers do not set it yet; the tenant is in the subject and in `data.tenant_id`.
   */
  'tenantid': (string);
}
