--TEST--
TcpConnection object handlers without a server: var_dump/(array) listing, loose comparison, headers/context in place, unset, connection_count follows live objects
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Connection\ConnectionInterface;
$a = (new ReflectionClass(TcpConnection::class))->newInstanceWithoutConstructor(); // no socket: properties only
$b = (new ReflectionClass(TcpConnection::class))->newInstanceWithoutConstructor();
var_dump(ConnectionInterface::$statistics['connection_count']);
var_dump($a == $b, $a == $a, in_array($b, [$a], false), array_search($b, [$a, $b]));
$a->foo = 'bar';
$a->headers[] = 'X-A: 1';
$a->context->state = 1;
$a->onMessage = 'strlen';
unset($a->onMessage);
$a->maxPackageSize = '123';
echo implode(',', array_keys((array)$a)), "\n";
$vars = get_object_vars($a);
ksort($vars);
echo implode(',', array_keys($vars)), " ", $vars['maxPackageSize'], "\n";
var_dump($a->headers, $a->context->state, $a->onMessage, $a->maxPackageSize, isset($a->foo), isset($a->onClose), $a->getStatus(false));
unset($a, $b);
var_dump(ConnectionInterface::$statistics['connection_count']);
?>
--EXPECT--
int(2)
bool(false)
bool(true)
bool(false)
int(1)
id,worker,protocol,transport,bytesRead,bytesWritten,maxSendBufferSize,maxPackageSize,context,onMessage,onClose,onError,onBufferFull,onBufferDrain,headers,foo
bytesRead,bytesWritten,context,foo,headers,id,maxPackageSize,maxSendBufferSize,onBufferDrain,onBufferFull,onClose,onError,onMessage,protocol,transport,worker 123
array(1) {
  [0]=>
  string(6) "X-A: 1"
}
int(1)
NULL
int(123)
bool(true)
bool(false)
string(11) "ESTABLISHED"
int(0)
