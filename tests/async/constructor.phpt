--TEST--
AsyncTcpConnection: constructor follows Workerman 4's scheme rules (transports, '\Protocols\X' then '\Workerman\Protocols\X' with the leading backslash, exception), address/host/URI defaults, ids shared with TcpConnection
--EXTENSIONS--
workerman
--FILE--
<?php
namespace Protocols { class Mine { static function input($b) { return 0; } static function decode($b) { return $b; } static function encode($b) { return $b; } } }
namespace {
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Connection\TcpConnection;
function show($address) {
    try {
        $c = new AsyncTcpConnection($address);
        echo json_encode([$address, $c->transport, $c->protocol, $c->getRemoteAddress(), $c->getRemoteIp(), $c->getRemotePort(), $c->getRemoteHost(), $c->getRemoteURI()], JSON_UNESCAPED_SLASHES), "\n";
    } catch (\Throwable $e) {
        echo $address, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach (['tcp://127.0.0.1:1234', 'tcp://127.0.0.1', '127.0.0.1:99', 'udp://127.0.0.1:5', 'tls://h:5', 'ssl://h:443/p?q',
    'text://example.test:80/a/b?x=1#frag', 'frame://10.0.0.1:7', 'mine://[::1]:8', 'Mine://1.2.3.4:5', 'TCP://1.2.3.4:5',
    'nosuch://127.0.0.1:1', 'unix:///tmp/x.sock', 'unix://host/tmp/x.sock'] as $address) {
    show($address);
}
$before = TcpConnection::$statistics['connection_count'];
$a = new AsyncTcpConnection('tcp://127.0.0.1:1');
$b = new AsyncTcpConnection('tcp://127.0.0.1:1');
var_dump($b->id === $a->id + 1, TcpConnection::$statistics['connection_count'] - $before);
var_dump(TcpConnection::$connections[$a->id] === $a, $a->getStatus(false), $a->maxSendBufferSize, $a->context instanceof stdClass);
$a->maxSendBufferSize = 10;
var_dump($a->send(str_repeat('x', 20)), $a->send('y'), $a->getSendBufferQueueSize());
$a->onConnect = function () {};
var_dump(array_key_exists('onConnect', get_object_vars($a)), isset($a->onConnect));
$tls = new AsyncTcpConnection('tcp://127.0.0.1:1');
$tls->transport = 'ssl';
$tls->connect(); // TLS now supported: connects like tcp, the handshake follows
echo 'ssl connect: ', $tls->getStatus(false), "\n";
$v6 = new AsyncTcpConnection('tcp://[::1]:80');
var_dump($v6->isIpV6(), $v6->isIpV4(), $a->isIpV6(), $a->isIpV4());
unset($a, $b, $v6, $tls); // still in TcpConnection::$connections, as in Workerman
var_dump(TcpConnection::$statistics['connection_count'] - $before);
}
?>
--EXPECT--
["tcp://127.0.0.1:1234","tcp",null,"127.0.0.1:1234","127.0.0.1",1234,"127.0.0.1","/"]
["tcp://127.0.0.1","tcp",null,"127.0.0.1:0","127.0.0.1",0,"127.0.0.1","/"]
["127.0.0.1:99","tcp",null,"127.0.0.1:99","127.0.0.1",99,"127.0.0.1","/"]
["udp://127.0.0.1:5","udp",null,"127.0.0.1:5","127.0.0.1",5,"127.0.0.1","/"]
["tls://h:5","tls",null,"h:5","h",5,"h","/"]
["ssl://h:443/p?q","ssl",null,"h:443","h",443,"h","/p?q"]
["text://example.test:80/a/b?x=1#frag","tcp","\\Workerman\\Protocols\\Text","example.test:80","example.test",80,"example.test","/a/b?x=1"]
["frame://10.0.0.1:7","tcp","\\Workerman\\Protocols\\Frame","10.0.0.1:7","10.0.0.1",7,"10.0.0.1","/"]
["mine://[::1]:8","tcp","\\Protocols\\Mine","[::1]:8","[::1]",8,"[::1]","/"]
["Mine://1.2.3.4:5","tcp","\\Protocols\\Mine","1.2.3.4:5","1.2.3.4",5,"1.2.3.4","/"]
TCP://1.2.3.4:5: Exception: class \Protocols\TCP not exist
nosuch://127.0.0.1:1: Exception: class \Protocols\Nosuch not exist
["unix:///tmp/x.sock","unix",null,"/tmp/x.sock","",0,"",""]
["unix://host/tmp/x.sock","unix",null,"host/tmp/x.sock","",0,"host","/tmp/x.sock"]
bool(true)
int(2)
bool(true)
string(7) "INITIAL"
int(1048576)
bool(true)
NULL
bool(false)
int(20)
bool(true)
bool(true)
ssl connect: CONNECTING
bool(true)
bool(false)
bool(false)
bool(true)
int(4)
