--TEST--
Worker::runAll(): port in use ends the start with Workerman 4's uncaught "Address already in use" (exit 255)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$holder = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($holder, false), ':'), 1);
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
Worker::runAll();
PHP);
$code = $server->wait();
var_dump($code);
var_dump(str_contains($server->output, 'Uncaught Exception: Address already in use'));
$server->kill();
?>
--EXPECT--
int(255)
bool(true)
