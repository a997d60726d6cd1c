--TEST--
TcpConnection: address getters over 127.0.0.1, ::1 and unix://, isIpV4/isIpV6, jsonSerialize; unix socket file removed on stop
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$port6 = wm_free_port();
$sock = sys_get_temp_dir() . '/wm-conn-' . getmypid() . '.sock';
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$show = function (\$c, \$data) {
    \$j = \$c->jsonSerialize();
    \$c->send(json_encode([
        \$c->getRemoteIp(), \$c->getRemotePort() === (int)\$data, \$c->getRemoteAddress() === \$c->getRemoteIp() . ':' . \$data,
        \$c->getLocalIp(), \$c->getLocalPort(), \$c->getLocalAddress(), \$c->isIpV4(), \$c->isIpV6(), \$c->transport,
        array_keys(\$j), \$j['status'],
    ], JSON_UNESCAPED_SLASHES));
};
\$a = new Worker('tcp://127.0.0.1:$port');
\$a->onWorkerStart = function () { wm_ready(); };
\$a->onMessage = \$show;
\$b = new Worker('tcp://[::1]:$port6');
\$b->onMessage = \$show;
\$u = new Worker('unix://$sock');
\$u->onMessage = \$show;
Worker::runAll();
PHP);
$server->waitReady();
foreach (["tcp://127.0.0.1:$port", "tcp://[::1]:$port6", "unix://$sock"] as $address) {
    $c = stream_socket_client($address, $errno, $errstr, 5);
    $name = stream_socket_get_name($c, false);
    fwrite($c, (string)(int)substr((string)$name, strrpos((string)$name, ':') + 1));
    $reply = fread($c, 65536);
    echo str_replace([(string)$port6, (string)$port, $sock], ['P6', 'P', 'SOCK'], $reply), "\n";
    fclose($c);
}
var_dump(file_exists($sock));
$server->stop();
var_dump(file_exists($sock));
?>
--EXPECT--
["127.0.0.1",true,true,"127.0.0.1",P,"127.0.0.1:P",true,false,"tcp",["id","status","transport","getRemoteIp","remotePort","getRemoteAddress","getLocalIp","getLocalPort","getLocalAddress","isIpV4","isIpV6"],2]
["[::1]",true,true,"[::1]",P6,"[::1]:P6",false,true,"tcp",["id","status","transport","getRemoteIp","remotePort","getRemoteAddress","getLocalIp","getLocalPort","getLocalAddress","isIpV4","isIpV6"],2]
["",true,false,"",0,"SOCK",false,false,"unix",["id","status","transport","getRemoteIp","remotePort","getRemoteAddress","getLocalIp","getLocalPort","getLocalAddress","isIpV4","isIpV6"],2]
bool(true)
bool(false)
