--TEST--
Master: reload replaces reloadable processes one at a time keeping their ids; a reloadable=false worker gets onWorkerReload and stays
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$port2 = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { echo "start {\$w->id} " . getmypid() . "\\n"; wm_ready(); };
\$w->onWorkerReload = function (\$w) { echo "reload {\$w->id} " . getmypid() . "\\n"; };
\$w->onWorkerStop = function (\$w) { echo "stop {\$w->id} " . getmypid() . "\\n"; };
\$w->onWorkerExit = function (\$w, \$status, \$pid) { echo "exit \$status \$pid\\n"; };
\$k = new Worker('tcp://127.0.0.1:$port2');
\$k->name = 'keeper';
\$k->reloadable = false;
\$k->onWorkerStart = function (\$w) { echo "keeper start " . getmypid() . "\\n"; wm_ready(); };
\$k->onWorkerReload = function (\$w) { echo "keeper reload " . getmypid() . "\\n"; };
Worker::\$onMasterReload = function () { echo "master reload\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(3);
[$code, $out] = $server->command(['reload']);
echo "$code\n$out";
$server->waitReady(5);
$server->waitFor("keeper reload");
$out = $server->stop();
preg_match_all('/^start (\d) (\d+)$/m', $out, $m);
$first = array_slice($m[1], 0, 2);
sort($first);
echo "starts: ", implode(',', $first), ' then ', implode(',', array_slice($m[1], 2)), "\n";
$old = [$m[2][0] => $m[1][0], $m[2][1] => $m[1][1]];
/* Each old process is reaped (exit line, printed by the master) before the next one is
 * told to reload (its reload line): one by one. */
preg_match_all('/^(reload|exit 0) \d+ ?(\d*)$/m', $out, $r, PREG_SET_ORDER);
$seq = [];
foreach ($r as $line) {
    $seq[] = $line[1] === 'reload' ? 'reload' : 'exit';
}
echo implode(' ', array_slice($seq, 0, 4)), "\n";
var_dump(str_contains($out, "Workerman[start.php] reloading\nmaster reload\n"));
var_dump(substr_count($out, "keeper start"), substr_count($out, "keeper reload"));
?>
--EXPECTF--
0
Workerman[%Sstart.php] reload%r ?%r
starts: 0,1 then 0,1
reload exit reload exit
bool(true)
int(1)
int(1)
