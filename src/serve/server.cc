// Serve: cpp-httplib in front of Api. Only GET routes; limits on request size, URI length
// (httplib: 8 KiB), read/write time; security headers on every response.
#include <httplib.h>
#include <sys/socket.h>

#include <limits>

#include "kabar/server.h"

namespace kabar {
namespace {

constexpr int kListenBacklog = 1024;

constexpr const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void SetSecurityHeaders(httplib::Response* res) {
  res->set_header("Content-Security-Policy", kCsp);
  res->set_header("X-Content-Type-Options", "nosniff");
  res->set_header("Referrer-Policy", "no-referrer");
  res->set_header("X-Frame-Options", "DENY");
  res->set_header("Cache-Control", "no-store");
}

}  // namespace

Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening) {
  Result<std::unique_ptr<Api>> api = Api::Open(options);
  if (!api.ok()) return api.status();
  Api* handler = api->get();
  httplib::Server server;
  int threads = std::max(1, options.threads);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(options.max_request_bytes);
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  // cpp-httplib serves a connection on one pool thread for as long as it stays open. A cap on
  // requests per connection made busy clients reconnect every 1,000 requests and wait for a
  // free thread behind the other connections (p99 of a static page 387 ms with 64 clients on
  // 64 threads; 21 ms without the cap). Idle connections still close after 5 s.
  server.set_keep_alive_max_count(std::numeric_limits<size_t>::max());
  server.set_keep_alive_timeout(5);
  // Replies leave in more than one write; without this, Nagle and delayed ACKs hold each
  // keep-alive reply ~40 ms.
  server.set_tcp_nodelay(true);
  server.Get(".*", [handler](const httplib::Request& req, httplib::Response& res) {
    std::multimap<std::string, std::string> params(req.params.begin(), req.params.end());
    HttpReply reply = handler->Handle(req.path, params);
    res.status = reply.status;
    res.set_content(reply.body, reply.content_type.c_str());
    SetSecurityHeaders(&res);
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    res.set_content("{\"error\":\"request refused (" + std::to_string(res.status) + ")\"}",
                    "application/json");
    SetSecurityHeaders(&res);
  });
  // Debian's libcpp-httplib 0.11 listens with a backlog of 5, compiled into the library. When
  // many clients connect at once (a browser opens six connections, a load test 64) the accept
  // queue overflows, the kernel drops the handshakes' last packets, and those clients' first
  // requests wait for TCP retransmissions (0.2 s, 0.4 s, ... seconds). Listening again on the
  // bound socket sets a deeper queue (capped by the kernel at net.core.somaxconn).
  int listen_socket = -1;
  server.set_socket_options([&listen_socket](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_socket = sock;
  });
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) return Status::IOError("cannot bind " + options.host);
  } else if (!server.bind_to_port(options.host, port)) {
    return Status::IOError("cannot bind " + options.host + ":" + std::to_string(port));
  }
  if (listen_socket >= 0) (void)::listen(listen_socket, kListenBacklog);
  on_listening(port);
  if (!server.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::OK();
}

}  // namespace kabar
