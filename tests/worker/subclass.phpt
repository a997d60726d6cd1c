--TEST--
Worker: GatewayWorker-style subclass (properties set before parent::__construct, run() override, protected callbacks)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
class Gate extends Worker {
    public \$router;
    public \$_onWorkerStart;
    public function __construct(\$socket) {
        \$this->name = 'gate';
        \$this->reloadable = false;
        parent::__construct(\$socket);
        \$this->router = 'least';
    }
    public function run() {
        \$this->_onWorkerStart = \$this->onWorkerStart;
        \$this->onWorkerStart = [\$this, 'onWorkerStart'];
        \$this->onMessage = [\$this, 'onMessage'];
        parent::run();
    }
    protected function onWorkerStart(\$worker) {
        echo "start {\$this->name} ", var_export(\$this->reloadable, true), " {\$this->router} {\$worker->id}\\n";
        call_user_func(\$this->_onWorkerStart, \$this);
    }
    protected function onMessage(\$connection, \$data) {
        \$connection->send("gate:" . \$data);
    }
}
\$gate = new Gate('tcp://127.0.0.1:$port');
\$gate->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
fwrite($c, "ping");
var_dump(wm_read_exact($c, 9));
$out = $server->stop();
var_dump(str_contains($out, "start gate false least 0\n"));
?>
--EXPECT--
string(9) "gate:ping"
bool(true)
