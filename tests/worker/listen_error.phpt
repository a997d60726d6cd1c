--TEST--
Worker::listen(): Workerman's exceptions for unknown protocol, bad transport, address in use, bad address
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;
$holder = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($holder, false), ':'), 1);
$cases = [
    fn() => (new Worker('foo://127.0.0.1:1'))->listen(),
    function () { $w = new Worker('text://127.0.0.1:1'); $w->transport = 'xyz'; $w->listen(); },
    fn() => (new Worker("tcp://127.0.0.1:$port"))->listen(),
    fn() => (new Worker('tcp://nonsense'))->listen(),
];
foreach ($cases as $case) {
    try {
        $case();
        echo "no exception\n";
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$w = new Worker('text://127.0.0.1:1');
try { $w->listen(); } catch (Exception $e) {}
var_dump($w->protocol);
?>
--EXPECTF--
Exception: class \Protocols\Foo not exist
Exception: Bad worker->transport 'xyz'

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:%d (Address already in use) in %s on line %d
Exception: Address already in use

Warning: stream_socket_server(): Unable to connect to tcp://nonsense (Failed to parse address "nonsense") in %s on line %d
Exception: Failed to parse address "nonsense"
string(24) "Workerman\Protocols\Text"
