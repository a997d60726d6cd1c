--TEST--
AsyncTcpConnection: host names resolved by evdns without blocking (a local fake nameserver via WM_DNS_NAMESERVER): found, NXDOMAIN, close() while resolving, a lookup still pending at stop
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$dns_port = wm_free_port();
$fake_dns = <<<'DNS'
// A tiny DNS responder on 127.0.0.1:<argv[1]> (UDP):
// A test.example -> 127.0.0.1, AAAA test.example -> no record, slow.example never answered, else NXDOMAIN.
$s = stream_socket_server('udp://127.0.0.1:' . $argv[1], $errno, $errstr, STREAM_SERVER_BIND);
echo "DNS_READY\n";
while (true) {
    $q = stream_socket_recvfrom($s, 512, 0, $peer);
    if ($q === false || strlen($q) < 12) continue;
    $pos = 12; $labels = [];
    while (($len = ord($q[$pos])) > 0) { $labels[] = substr($q, $pos + 1, $len); $pos += $len + 1; }
    $name = strtolower(implode('.', $labels));
    $qtype = unpack('n', substr($q, $pos + 1, 2))[1];
    $question = substr($q, 12, $pos + 5 - 12);
    fwrite(STDOUT, "query $name $qtype\n");
    if ($name === 'slow.example') continue;
    $known = $name === 'test.example';
    $answers = ($known && $qtype === 1) ? "\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\x7f\x00\x00\x01" : '';
    $flags = $known ? 0x8180 : 0x8183;
    $resp = substr($q, 0, 2) . pack('nnnnn', $flags, 1, $answers ? 1 : 0, 0, 0) . $question . $answers;
    stream_socket_sendto($s, $resp, 0, $peer);
}
DNS;
$dns = proc_open([PHP_BINARY, '-n', '-r', $fake_dns, '--', (string)$dns_port], [1 => ['pipe', 'w']], $dns_pipes);
fgets($dns_pipes[1]); // DNS_READY
register_shutdown_function(function () use ($dns) { proc_terminate($dns, SIGKILL); proc_close($dns); });
$server = new WmServer(str_replace('__PORT__', (string)$port, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
function out(...$a) { echo "> ", implode(' ', array_map(fn($v) => is_string($v) ? $v : json_encode($v), $a)), "\n"; }
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onMessage = function ($c, $data) { $c->send("echo:$data"); };
$w->onWorkerStart = function () {
    $c = new AsyncTcpConnection('tcp://test.example:__PORT__');
    $c->onConnect = function ($c) { out('onConnect', $c->getRemoteAddress(), $c->getRemoteHost()); };
    $c->onMessage = function ($c, $data) { out('got', $data); $c->close(); nxdomain(); };
    $c->send('queued while resolving');
    $c->connect();
    out('resolving', $c->getStatus(false), $c->getRemoteAddress());
    wm_ready();
};
function nxdomain() {
    $c = new AsyncTcpConnection('tcp://nothere.example:__PORT__');
    $c->onError = function ($c, $code, $msg) { out('onError', $code, $msg); };
    $c->onClose = function () { out('onClose'); slow(); };
    $c->connect();
}
function slow() {
    $c = new AsyncTcpConnection('tcp://slow.example:__PORT__');
    $c->onConnect = function () { out('must not connect'); };
    $c->onClose = function ($c) { out('closed while resolving', $c->getStatus(false)); };
    $c->connect();
    $c->close();
    $pending = new AsyncTcpConnection('tcp://slow.example:__PORT__');
    $pending->onError = function () { out('must not fail before the stop'); };
    $pending->connect();
    echo "DONE\n";
}
Worker::runAll();
PHP), ['start'], ['WM_DNS_NAMESERVER' => "127.0.0.1:$dns_port"]);
$server->waitReady();
$server->waitFor("DONE");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo str_replace((string)$port, 'PORT', implode("\n", $m[0])), "\n";
?>
--EXPECT--
> resolving CONNECTING test.example:PORT
> onConnect 127.0.0.1:PORT test.example
> got echo:queued while resolving
> onError 1 php_network_getaddresses: getaddrinfo for nothere.example failed: Name or service not known
> onClose
> closed while resolving CLOSED
