--TEST--
AsyncTcpConnection over $proxyHttp: a $proxyAuthorization with CR/LF is not written into the CONNECT request (it would add headers): onError(CONNECT_FAIL) names the header, then onClose; the proxy receives nothing
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$http = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
\$hp = new Worker('tcp://127.0.0.1:$http');
\$hp->onMessage = function (\$c, \$data) { echo "proxy got ", json_encode(\$data), "\\n"; };
\$hp->onClose = function () { echo "proxy saw close\\n"; };
\$hp->onWorkerStart = function () use (&\$hp) {
    \$a = new AsyncTcpConnection('text://127.0.0.1:1');
    \$a->proxyHttp = '127.0.0.1:$http';
    \$a->proxyAuthorization = "Basic dTpw\\r\\nX-Injected: 1";
    \$a->onConnect = function () { echo "connected\\n"; };
    \$a->onError = function (\$c, \$code, \$msg) { echo "error \$code \$msg\\n"; };
    \$a->onClose = function () { echo "closed\\n"; };
    \$a->connect();
};
Worker::runAll();
PHP);
$server->waitFor("proxy saw close\n");
$out = $server->stop();
preg_match_all('/^(error .*|closed|connected|proxy got .*)$/m', $out, $m);
echo implode("\n", $m[1]), "\n";
?>
--EXPECT--
error 1 proxy handshake failed: Header 'Proxy-Authorization' may not contain more than a single header, new line detected
closed
