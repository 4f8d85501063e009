// What `GET /api/health` answers once the server can serve requests.

export interface Health {
  ok: true;
}
