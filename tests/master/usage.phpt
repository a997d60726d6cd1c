--TEST--
Master CLI: no command prints the usage text and exits 0; an unknown word is no command
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$server = new WmServer(<<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:1');
Worker::runAll();
echo "not reached\n";
PHP, ['bogus']);
var_dump($server->wait());
echo $server->output;
var_dump(is_file($server->dir . '/workerman.log'));
?>
--EXPECT--
int(0)
Usage: php yourfile <command> [mode]
Commands: 
start		Start worker in DEBUG mode.
		Use mode -d to start in DAEMON mode.
stop		Stop worker.
		Use mode -g to stop gracefully.
restart		Restart workers.
		Use mode -d to start in DAEMON mode.
		Use mode -g to stop gracefully.
reload		Reload codes.
		Use mode -g to reload gracefully.
status		Get worker status.
		Use mode -d to show live status.
connections	Get worker connections.
bool(true)
