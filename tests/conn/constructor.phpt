--TEST--
TcpConnection built by hand: new TcpConnection($loop, $socket, $addr) (5.x; 4.x: $socket, $addr) serves a socket accepted by PHP on the loop (pipelined HTTP), end() (5.x; 4.x close()) closes after lingerTimeout and the peer sees the close although the app still holds its stream
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Connection\TcpConnection;
use Workerman\Events\Select;
use Workerman\Protocols\Http;
use Workerman\Timer;
$event = new Select();
Timer::init($event);
$server = stream_socket_server('tcp://127.0.0.1:0');
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
$accepted = stream_socket_accept($server, 1);
$addr = stream_socket_get_name($accepted, true);
$connection = Workerman\Worker::VERSION[0] === '5' ? new TcpConnection($event, $accepted, $addr) : new TcpConnection($accepted, $addr);
var_dump($connection->getRemoteAddress() === $addr, isset(TcpConnection::$connections[$connection->id]));
$connection->protocol = Http::class;
$paths = [];
$connection->onMessage = function ($c, $req) use (&$paths) { $paths[] = $req->path(); };
fwrite($client, "GET /first HTTP/1.1\r\nHost: t\r\n\r\nGET /second HTTP/1.1\r\nHost: t\r\n\r\n");
$event->add(0.05, Workerman\Events\EventInterface::EV_TIMER_ONCE, fn () => $event->destroy());
$event->loop();
var_dump($paths);
$connection->lingerTimeout = 0.01;
Workerman\Worker::VERSION[0] === '5' ? $connection->end() : $connection->close(); // end() is 5.x's
$event->add(0.05, Workerman\Events\EventInterface::EV_TIMER_ONCE, fn () => $event->destroy());
$event->loop();
var_dump($connection->getStatus() === TcpConnection::STATUS_CLOSED);
stream_set_timeout($client, 2);
var_dump(fread($client, 10), feof($client));
try { new TcpConnection(...(Workerman\Worker::VERSION[0] === '5' ? [$event, 'x'] : ['x'])); } catch (TypeError $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
array(2) {
  [0]=>
  string(6) "/first"
  [1]=>
  string(7) "/second"
}
bool(true)
string(0) ""
bool(true)
TypeError
