--TEST--
TcpConnection: properties in C (defaults, writes, isset/unset), id writable with the maps keyed by the original id, dynamic properties, $connections, $statistics
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\TcpConnection;
use Workerman\Connection\ConnectionInterface;
TcpConnection::\$defaultMaxSendBufferSize = 4096;
\$w = new Worker('text://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onConnect = function (\$c) use (\$w) {
    \$orig = \$c->id;
    echo "id ", \$orig, " maps ", json_encode(array_keys(\$w->connections)), json_encode(array_keys(TcpConnection::\$connections)), "\\n";
    \$c->id = 1000 + \$orig;
    echo "new id ", \$c->id, " same object ", var_export(\$w->connections[\$orig] === \$c && TcpConnection::\$connections[\$orig] === \$c, true), "\\n";
    echo "defaults ", \$c->maxSendBufferSize, " ", \$c->maxPackageSize, " ", \$c->transport, " ", \$c->protocol, " ", get_class(\$c->worker), " ", get_class(\$c->context), "\\n";
    \$c->maxSendBufferSize = 123;
    \$c->uid = 'u1';
    \$c->groups['a'] = 1;
    \$c->context->state = 'x';
    \$c->bytesRead += 0;
    echo "isset ", json_encode([isset(\$c->onMessage), isset(\$c->onBufferFull), isset(\$c->uid), isset(\$c->nope), empty(\$c->bytesWritten), property_exists(\$c, 'onClose')]), "\\n";
};
\$w->onMessage = function (\$c, \$line) use (\$w) {
    if (\$line === 'stats') {
        \$s = ConnectionInterface::\$statistics;
        \$c->send(json_encode([\$s['connection_count'], \$s['total_request'], \$s['send_fail'], count(\$w->connections), count(TcpConnection::\$connections)]));
        return;
    }
    \$c->onMessage = function (\$c, \$line) { \$c->send("replaced \$line " . \$c->context->state); };
    unset(\$c->onBufferDrain);
    \$c->send(json_encode([\$c->id, \$c->maxSendBufferSize, \$c->uid, \$c->groups, \$c->bytesRead, isset(\$c->onBufferDrain)]));
};
\$w->onClose = function (\$c) use (\$w) {
    echo "close ", \$c->id, " left ", json_encode(array_keys(\$w->connections)), json_encode(array_keys(TcpConnection::\$connections)), "\\n";
};
Worker::runAll();
PHP);
$server->waitReady();
$a = wm_connect($port);
$server->waitFor("isset");
$b = wm_connect($port);
$server->waitFor("isset", 2);
fwrite($a, "hello\n");
echo fgets($a);
fwrite($a, "again\n");
echo fgets($a);
fwrite($b, "stats\n");
echo fgets($b);
fclose($a);
$server->waitFor("close 1001");
fwrite($b, "stats\n");
echo fgets($b);
$out = $server->stop();
preg_match_all('/^(id|new id|defaults|isset|close).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
[1001,123,"u1",{"a":1},6,false]
replaced again x
[2,3,0,2,2]
[1,4,0,1,1]
id 1 maps [1][1]
new id 1001 same object true
defaults 4096 10485760 tcp Workerman\Protocols\Text Workerman\Worker stdClass
isset [true,false,true,false,true,true]
id 2 maps [1,2][1,2]
new id 1002 same object true
defaults 4096 10485760 tcp Workerman\Protocols\Text Workerman\Worker stdClass
isset [true,false,true,false,true,true]
close 1001 left [1,2][1,2]
close 1002 left [2][2]
