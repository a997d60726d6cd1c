--TEST--
AsyncTcpConnection: a nameserver that never answers ends the lookup with onError(CONNECT_FAIL) when evdns gives up (its timeouts are libevent timers: they bound the loop's wait, with nothing else to wake it), not early and not never
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$dns_port = wm_free_port();
// A nameserver on 127.0.0.1:<argv[1]> (UDP) that reads every query and answers none.
$silent_dns = <<<'DNS'
$s = stream_socket_server('udp://127.0.0.1:' . $argv[1], $errno, $errstr, STREAM_SERVER_BIND);
echo "DNS_READY\n";
while (true) {
    $q = stream_socket_recvfrom($s, 512, 0, $peer);
    fwrite(STDOUT, "query\n");
}
DNS;
$dns = proc_open([PHP_BINARY, '-n', '-r', $silent_dns, '--', (string)$dns_port], [1 => ['pipe', 'w']], $dns_pipes);
fgets($dns_pipes[1]); // DNS_READY
register_shutdown_function(function () use ($dns) { proc_terminate($dns, SIGKILL); proc_close($dns); });
$server = new WmServer(str_replace('__PORT__', (string)$port, <<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->onWorkerStart = function () {
    $started = microtime(true);
    $c = new AsyncTcpConnection('tcp://silent.example:__PORT__');
    $c->onConnect = function () { echo "must not connect\n"; };
    $c->onError = function ($c, $code, $msg) use ($started) {
        $elapsed = microtime(true) - $started;
        echo "onError $code $msg\n";
        echo 'after the first timeout (2 s): ', $elapsed >= 1.9 ? 'yes' : "no ($elapsed)", "\n";
        echo "ERRORED\n";
    };
    $c->onClose = function () { echo "onClose\n"; };
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP), ['start'], ['WM_DNS_NAMESERVER' => "127.0.0.1:$dns_port"]);
$server->waitReady();
$server->waitFor("ERRORED", 1, 30);
$out = $server->stop();
preg_match_all('/^(onError.*|after the first.*|onClose|must not.*)$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
onError 1 php_network_getaddresses: getaddrinfo for silent.example failed: Temporary failure in name resolution
after the first timeout (2 s): yes
onClose
