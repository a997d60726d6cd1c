--TEST--
AsyncTcpConnection through a proxy (5.x $proxySocks5 with and without RFC 1929 credentials, $proxyHttp with Proxy-Authorization): the tunnel carries the protocol's frames both ways; a refused login and a 403 end in onError(CONNECT_FAIL) with 5.x's messages, then onClose
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$target = wm_free_port();
$socks = wm_free_port();
$http = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
\$echo = new Worker('text://127.0.0.1:$target');
\$echo->onMessage = function (\$c, \$line) { \$c->send("echo:\$line"); };
// A SOCKS5 proxy written against the public API: greeting, optional login, CONNECT, then pipe.
\$proxy = new Worker('tcp://127.0.0.1:$socks');
\$proxy->onMessage = function (TcpConnection \$c, \$data) {
    \$c->buf = (\$c->buf ?? '') . \$data;
    \$step = \$c->step ?? 'greet';
    if (\$step === 'greet' && strlen(\$c->buf) >= 2 && strlen(\$c->buf) >= 2 + ord(\$c->buf[1])) {
        \$methods = substr(\$c->buf, 2, ord(\$c->buf[1]));
        \$c->buf = substr(\$c->buf, 2 + ord(\$c->buf[1]));
        \$c->step = str_contains(\$methods, "\\x02") ? 'auth' : 'connect';
        \$c->send("\\x05" . (\$c->step === 'auth' ? "\\x02" : "\\x00"));
        echo "socks methods ", bin2hex(\$methods), "\\n";
        return;
    }
    if (\$step === 'auth' && strlen(\$c->buf) >= 2) {
        \$ulen = ord(\$c->buf[1]); \$user = substr(\$c->buf, 2, \$ulen);
        \$plen = ord(\$c->buf[2 + \$ulen]); \$pass = substr(\$c->buf, 3 + \$ulen, \$plen);
        \$c->buf = substr(\$c->buf, 3 + \$ulen + \$plen);
        echo "socks login \$user:\$pass\\n";
        \$ok = \$pass === 'secret';
        \$c->send("\\x01" . (\$ok ? "\\x00" : "\\x01"));
        \$c->step = 'connect';
        if (!\$ok) { \$c->close(); }
        return;
    }
    if (\$step === 'connect' && strlen(\$c->buf) >= 7) {
        \$hlen = ord(\$c->buf[4]);
        \$host = substr(\$c->buf, 5, \$hlen);
        \$port = unpack('n', substr(\$c->buf, 5 + \$hlen, 2))[1];
        \$c->step = 'pipe';
        echo "socks connect \$host:\$port\\n";
        \$remote = new AsyncTcpConnection("tcp://127.0.0.1:\$port");
        \$remote->onConnect = function (\$r) use (\$c) {
            \$c->send("\\x05\\x00\\x00\\x01\\x7f\\x00\\x00\\x01\\x00\\x00");
            \$r->pipe(\$c); \$c->pipe(\$r);
        };
        \$remote->connect();
    }
};
// An HTTP CONNECT proxy: 403 without the right Proxy-Authorization.
\$hp = new Worker('tcp://127.0.0.1:$http');
\$hp->onMessage = function (TcpConnection \$c, \$data) {
    \$c->buf = (\$c->buf ?? '') . \$data;
    if (!str_contains(\$c->buf, "\\r\\n\\r\\n")) { return; }
    [\$head] = explode("\\r\\n\\r\\n", \$c->buf, 2);
    echo "http ", str_replace("\\r\\n", '|', \$head), "\\n";
    if (!str_contains(\$head, 'Proxy-Authorization: Basic dTpw')) { \$c->close("HTTP/1.1 403 Forbidden\\r\\n\\r\\n"); return; }
    preg_match('/^CONNECT [^:]+:(\\d+)/', \$head, \$m);
    \$remote = new AsyncTcpConnection("tcp://127.0.0.1:{\$m[1]}");
    \$remote->onConnect = function (\$r) use (\$c) {
        \$c->onMessage = null;
        \$c->send("HTTP/1.1 200 Connection established\\r\\n\\r\\n");
        \$r->pipe(\$c); \$c->pipe(\$r);
    };
    \$remote->connect();
};
\$client = new Worker();
\$client->onWorkerStart = function () {
    \$cases = [
        ['socks', '127.0.0.1:$socks', '', ''],
        ['socks-login', '127.0.0.1:$socks', 'alice', 'secret'],
        ['socks-refused', '127.0.0.1:$socks', 'alice', 'wrong'],
        ['http', '127.0.0.1:$http', 'Basic dTpw', ''],
        ['http-403', '127.0.0.1:$http', '', ''],
    ];
    \$run = function () use (&\$cases, &\$run) {
        if (!\$cases) { wm_ready(); return; }
        [\$name, \$proxy, \$a, \$b] = array_shift(\$cases);
        \$c = new AsyncTcpConnection('text://localhost:$target');
        if (str_starts_with(\$name, 'socks')) {
            \$c->proxySocks5 = \$proxy; \$c->proxySocks5Username = \$a; \$c->proxySocks5Password = \$b;
        } else {
            \$c->proxyHttp = \$proxy; \$c->proxyAuthorization = \$a;
        }
        \$c->onConnect = function (\$c) use (\$name) { \$c->send("via \$name"); };
        \$c->onMessage = function (\$c, \$line) use (\$name) { echo "\$name got \$line\\n"; \$c->close(); };
        \$c->onError = function (\$c, \$code, \$msg) use (\$name) { echo "\$name error \$code \$msg\\n"; };
        \$c->onClose = function () use (\$name, \$run) { echo "\$name closed\\n"; \$run(); };
        \$c->connect();
    };
    \$run();
};
Worker::runAll();
PHP);
$server->waitFor('WM_READY', 1, 20);
$lines = array_filter(explode("\n", $server->stop()), fn ($l) => preg_match('/^(socks|http)/', $l));
echo implode("\n", $lines), "\n";
?>
--EXPECTF--
socks methods 00
socks connect localhost:%d
socks got echo:via socks
socks closed
socks methods 0002
socks login alice:secret
socks connect localhost:%d
socks-login got echo:via socks-login
socks-login closed
socks methods 0002
socks login alice:wrong
socks-refused error 1 SOCKS5 authentication failed
socks-refused closed
http CONNECT localhost:%d HTTP/1.1|Host: localhost:%d|Proxy-Authorization: Basic dTpw|Proxy-Connection: keep-alive
http got echo:via http
http closed
http CONNECT localhost:%d HTTP/1.1|Host: localhost:%d|Proxy-Connection: keep-alive
http-403 error 1 Proxy CONNECT failed: 403 Forbidden
http-403 closed
