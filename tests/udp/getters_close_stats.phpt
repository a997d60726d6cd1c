--TEST--
UDP: UdpConnection getters over 127.0.0.1 and ::1, getSocket, jsonSerialize; close($data) only sends (the listener keeps working); $statistics total_request counts datagrams
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_udp_port();
$port6 = wm_free_udp_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Connection\ConnectionInterface;
\$handler = function (\$c, \$data) {
    if (\$data === 'stats') { \$c->send(json_encode(ConnectionInterface::\$statistics)); return; }
    if (\$data === 'close') { var_dump(\$c->close('bye'), \$c->close()); return; }
    \$c->send(json_encode([\$c->getRemoteIp(), \$c->getRemotePort(), \$c->getRemoteAddress(), \$c->getLocalIp(),
        \$c->getLocalPort(), \$c->getLocalAddress(), \$c->isIpV4(), \$c->isIpV6(), \$c->transport, \$c->protocol,
        is_int(\$c->getSocket()), \$c->jsonSerialize()]));
};
\$a = new Worker('udp://127.0.0.1:$port');
\$a->onWorkerStart = function () { wm_ready(); };
\$a->onMessage = \$handler;
\$b = new Worker('udp://[::1]:$port6');
\$b->onWorkerStart = function () { wm_ready(); };
\$b->onMessage = \$handler;
Worker::runAll();
PHP);
$server->waitReady(2);
foreach (["udp://127.0.0.1:$port" => ['info', 'close', 'info', 'x', 'stats'], "udp://[::1]:$port6" => ['info']] as $address => $sends) {
    $c = wm_udp_client($address);
    $name = stream_socket_get_name($c, false);
    $cport = substr($name, strrpos($name, ':') + 1);
    foreach ($sends as $datagram) {
        fwrite($c, $datagram);
        echo str_replace([$cport, (string)$port6, (string)$port], ['CPORT', 'P6', 'P'], wm_udp_recv($c)), "\n";
    }
}
echo preg_replace('/^(?!bool).*\n/m', '', $server->stop());
?>
--EXPECT--
["127.0.0.1",CPORT,"127.0.0.1:CPORT","127.0.0.1",P,"127.0.0.1:P",true,false,"udp",null,true,{"transport":"udp","getRemoteIp":"127.0.0.1","remotePort":CPORT,"getRemoteAddress":"127.0.0.1:CPORT","getLocalIp":"127.0.0.1","getLocalPort":P,"getLocalAddress":"127.0.0.1:P","isIpV4":true,"isIpV6":false}]
bye
["127.0.0.1",CPORT,"127.0.0.1:CPORT","127.0.0.1",P,"127.0.0.1:P",true,false,"udp",null,true,{"transport":"udp","getRemoteIp":"127.0.0.1","remotePort":CPORT,"getRemoteAddress":"127.0.0.1:CPORT","getLocalIp":"127.0.0.1","getLocalPort":P,"getLocalAddress":"127.0.0.1:P","isIpV4":true,"isIpV6":false}]
["127.0.0.1",CPORT,"127.0.0.1:CPORT","127.0.0.1",P,"127.0.0.1:P",true,false,"udp",null,true,{"transport":"udp","getRemoteIp":"127.0.0.1","remotePort":CPORT,"getRemoteAddress":"127.0.0.1:CPORT","getLocalIp":"127.0.0.1","getLocalPort":P,"getLocalAddress":"127.0.0.1:P","isIpV4":true,"isIpV6":false}]
{"connection_count":0,"total_request":4,"throw_exception":0,"send_fail":0}
["::1",CPORT,"[::1]:CPORT","[::1]",P6,"[::1]:P6",false,true,"udp",null,true,{"transport":"udp","getRemoteIp":"::1","remotePort":CPORT,"getRemoteAddress":"[::1]:CPORT","getLocalIp":"[::1]","getLocalPort":P6,"getLocalAddress":"[::1]:P6","isIpV4":false,"isIpV6":true}]
bool(true)
bool(true)
