--TEST--
Differential: a scripted Http\Session sequence (file handler and a user handler) gives the same return values, handler calls and file contents as Workerman 4.2.1's Session classes
--EXTENSIONS--
workerman
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
$script = <<<'PHP'
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;
$dir = $argv[1];
function show($label, $value) { echo $label, ' ', json_encode($value), "\n"; }
function files($dir) {
    $out = [];
    foreach (glob("$dir/*") as $f) $out[basename($f)] = file_get_contents($f);
    ksort($out);
    show('files', $out);
}
show('defaults', [Session::$name, Session::$lifetime, Session::$gcProbability, Session::getCookieParams(), Session::handlerClass()]);
show('savePath', str_replace($dir, 'DIR', FileSessionHandler::sessionSavePath($dir)));
Session::$gcProbability = [0, 1];
$s = new Session('Diff01');
show('set', [$s->set('a', 1), $s->set('b', ['x' => 1.25, 'y' => null, 'z' => true]), $s->set('9', 'nine')]);
show('get', [$s->get('a'), $s->get('nope', 'd'), $s->get(9), $s->has('b'), $s->exists('nope')]);
show('put', [$s->put(['c' => 'cee', 5 => 'five']), $s->put('d', 'dee'), $s->all()]);
show('pull', [$s->pull('c'), $s->pull('c', 'gone'), $s->forget(['d', 5]), $s->forget('a'), $s->all()]);
show('id', $s->getId());
show('save', $s->save());
files($dir);
$s->set('obj', new ArrayObject([1, 2]));
unset($s);
files($dir);
$s = new Session('Diff01');
show('reloaded', [get_class($s->get('obj')), $s->get('obj')->count(), array_keys($s->all())]);
show('flush', [$s->flush(), $s->all()]);
unset($s);
files($dir);
$s = new Session('Diff02'); $s->set('k', 'v'); unset($s);
touch("$dir/session_Diff02", time() - 5000);
$s = new Session('Diff03'); $s->set('k', 'v');
show('gc', $s->gc());
unset($s);
files($dir);
$h = new FileSessionHandler();
show('handler', [$h->open('', ''), $h->close(), $h->read('Diff03'), $h->write('Diff04', 'raw'), $h->read('Diff04'),
    $h->updateTimestamp('Diff04'), $h->updateTimestamp('none'), $h->destroy('Diff04'), $h->destroy('none'), $h->gc(10)]);
files($dir);
try { new Session('bad id'); } catch (Exception $e) { show('exception', [get_class($e), $e->getMessage(), $e->getCode()]); }

class Recorder implements SessionHandlerInterface {
    public $data = [];
    public function __construct($config = null) { show('construct', $config); }
    public function open($p, $n) { show('open', func_get_args()); return true; }
    public function close() { show('close', []); return true; }
    public function read($id) { show('read', $id); return $this->data[$id] ?? false; }
    public function write($id, $d) { show('write', [$id, $d]); $this->data[$id] = $d; return true; }
    public function destroy($id) { show('destroy', $id); unset($this->data[$id]); return true; }
    public function gc($max) { show('gc', $max); return 3; }
    public function updateTimestamp($id, $d = "") { show('updateTimestamp', func_get_args()); return true; }
}
show('switch', Session::handlerClass(Recorder::class, ['cfg' => 1]));
$s = new Session('Diff05'); // still the shared file handler: 4.2.1 keeps static::$_handler
show('stillfile', $s->all());
unset($s);
$r = new ReflectionProperty(Session::class, '_handler'); $r->setAccessible(true); $r->setValue(null);
Session::$gcProbability = [1, 1];
Session::$autoUpdateTimestamp = true;
$s = new Session('Diff06'); $s->set('q', 'r'); unset($s);
$s = new Session('Diff06'); unset($s);
$s = new Session('Diff06'); $s->delete('q'); unset($s);
files($dir);
PHP;
$runs = [];
foreach ([true, false] as $ours) {
    $dir = sys_get_temp_dir() . '/wm_sess_diff_' . getmypid() . ($ours ? '_ours' : '_ref');
    @mkdir($dir);
    $file = "$dir.php";
    file_put_contents($file, "<?php\n" . ($ours ? '' : 'require ' . var_export(wm_workerman_dir() . '/Autoloader.php', true) . ";\n") . $script);
    $cmd = $ours ? [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), $file, $dir] : [PHP_BINARY, '-n', $file, $dir];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    $runs[] = str_replace([$dir, $file], ['DIR', 'FILE'], $out);
    foreach (glob("$dir/*") as $f) unlink($f);
    rmdir($dir);
    unlink($file);
}
if (getenv("WM_SHOW")) echo $runs[0];
wm_assert_same($runs);
?>
--EXPECT--
same
