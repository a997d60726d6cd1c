--TEST--
Http\Session\FileSessionHandler: session_<id> files holding serialize()d data, saved in the destructor, removed when emptied, expired on read, gc by mtime, updateTimestamp by touch
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;
$base = sys_get_temp_dir() . '/wm_sess_file_' . getmypid();
$dir = "$base/a/b";
echo "-- sessionSavePath adds the slash and creates the directory\n";
$b = fn($p) => str_replace($base, 'BASE', $p);
var_dump($b(FileSessionHandler::sessionSavePath($dir)), is_dir($dir), FileSessionHandler::sessionSavePath(''), $b(FileSessionHandler::sessionSavePath("$dir/")));
Session::$gcProbability = [0, 1];
Session::$lifetime = 100;
$s = new Session('file1');
$s->set('user', ['id' => 7, 'name' => 'ann']);
$s->set('n', 1.5);
var_dump(file_exists("$dir/session_file1"));
unset($s);
echo "-- saved on destruct\n";
var_dump(file_get_contents("$dir/session_file1") === serialize(['user' => ['id' => 7, 'name' => 'ann'], 'n' => 1.5]));
var_dump(glob("$dir/*") === ["$dir/session_file1"]);
$s = new Session('file1');
var_dump($s->get('user')['name']);
$s->delete('user'); $s->delete('n');
unset($s);
echo "-- emptied: file removed\n";
var_dump(file_exists("$dir/session_file1"));

$h = new FileSessionHandler();
var_dump($h->open('x', 'y'), $h->close(), $h->read('nothing'), $h->destroy('nothing'), $h->updateTimestamp('nothing'));
var_dump($h->write('w1', 'payload'), file_get_contents("$dir/session_w1"), $h->read('w1'));
var_dump($h->write('w0', '0'), $h->read('w0'));
echo "-- updateTimestamp touches\n";
touch("$dir/session_w1", time() - 50);
clearstatcache();
var_dump($h->updateTimestamp('w1', 'ignored'));
clearstatcache();
var_dump(abs(filemtime("$dir/session_w1") - time()) <= 2);
echo "-- expired on read (older than Session::\$lifetime)\n";
touch("$dir/session_w1", time() - 101);
var_dump($h->read('w1'), file_exists("$dir/session_w1"));
echo "-- gc removes files older than maxlifetime, keeps the rest and other names\n";
file_put_contents("$dir/session_old", 'a'); touch("$dir/session_old", time() - 1000);
file_put_contents("$dir/session_new", 'b');
file_put_contents("$dir/other_old", 'c'); touch("$dir/other_old", time() - 1000);
var_dump($h->gc(500));
$left = array_map('basename', glob("$dir/*")); sort($left); var_dump($left);
echo "-- Session::gc() passes Session::\$lifetime\n";
touch("$dir/session_new", time() - 200);
$s = new Session('g1');
$s->gc();
var_dump(file_exists("$dir/session_new"));
unset($s);
echo "-- config save_path\n";
$h2 = new FileSessionHandler(['save_path' => "$base/c"]);
$s = new Session('c1'); $s->set('k', 'v'); unset($s);
var_dump(file_exists("$base/c/session_c1"), file_exists("$dir/session_c1"));
foreach (glob("$dir/*") as $f) unlink($f);
foreach (glob("$base/c/*") as $f) unlink($f);
rmdir("$base/c"); rmdir($dir); rmdir("$base/a"); rmdir($base);
?>
--EXPECT--
-- sessionSavePath adds the slash and creates the directory
string(9) "BASE/a/b/"
bool(true)
string(0) ""
string(9) "BASE/a/b/"
bool(false)
-- saved on destruct
bool(true)
bool(true)
string(3) "ann"
-- emptied: file removed
bool(false)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(false)
bool(true)
string(7) "payload"
string(7) "payload"
bool(true)
string(0) ""
-- updateTimestamp touches
bool(true)
bool(true)
-- expired on read (older than Session::$lifetime)
string(0) ""
bool(false)
-- gc removes files older than maxlifetime, keeps the rest and other names
NULL
array(3) {
  [0]=>
  string(9) "other_old"
  [1]=>
  string(11) "session_new"
  [2]=>
  string(10) "session_w0"
}
-- Session::gc() passes Session::$lifetime
bool(false)
-- config save_path
bool(true)
bool(false)
