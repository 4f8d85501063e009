// Why an SMS did not go: the gateway's reply or a broken link, and whether trying again helps.
/** A failure the gateway reported, or a link that broke; `permanent` decides whether to retry. */
export class SmsGatewayError extends Error {
  override name = 'SmsGatewayError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}
