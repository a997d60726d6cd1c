--TEST--
Http\Request multipart/form-data as 4.2.1: fields, several files, nested names, empty file part (UPLOAD_ERR_NO_FILE), temp files workerman.upload.* in Http::uploadTmpDir() removed when the request object dies (unset, clone kept alive, __destruct), maxFileUploads counting parts
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '4') die('skip 4.2.1 semantics (cookies url-decoded, no full_path): profile 5 is checked against 5.2.2 by tests/differential/http_app5.phpt'); ?>
--FILE--
<?php
namespace {
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http;

$dir = sys_get_temp_dir() . '/wm_upload_test_' . getmypid();
@mkdir($dir);
Http::uploadTmpDir($dir);

function multipart(array $parts, string $boundary = 'XyZ'): string
{
    $body = '';
    foreach ($parts as $p) {
        $body .= "--$boundary\r\n$p\r\n";
    }
    $body .= "--$boundary--\r\n";
    return "POST /up HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=$boundary\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body";
}
function show(array $files, string $dir): array
{
    array_walk_recursive($files, function (&$v, $k) use ($dir) {
        if ($k === 'tmp_name' && $v !== '') {
            $v = dirname($v) === $dir && str_starts_with(basename($v), 'workerman.upload.') && is_file($v)
                ? 'TMP:' . addcslashes(file_get_contents($v), "\0..\37\177..\377") : "unexpected $v";
        }
    });
    return $files;
}
function left(string $dir): int
{
    return count(glob("$dir/workerman.upload.*"));
}

$buffer = multipart([
    "Content-Disposition: form-data; name=\"title\"\r\n\r\nHello",
    "Content-Disposition: form-data; name=\"list[]\"\r\n\r\n1",
    "Content-Disposition: form-data; name=\"list[]\"\r\n\r\n2",
    "Content-Disposition: form-data; name=\"avatar\"; filename=\"me.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n",
    "Content-Disposition: form-data; name=\"docs[a][]\"; filename=\"1.txt\"\r\nContent-Type: text/plain\r\n\r\none",
    "Content-Disposition: form-data; name=\"docs[a][]\"; filename=\"2.txt\"\r\n\r\ntwo",
    "Content-Disposition: form-data; name=\"empty\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n",
]);
$r = new Request($buffer);
var_export($r->post()); echo "\n";
var_export(show($r->file(), $dir)); echo "\n";
var_export(show($r->file('docs'), $dir)); echo "\n";
var_dump($r->file('nope'), $r->post('title'), left($dir));
unset($r);
echo "after unset: ", left($dir), "\n";

// Deliberate difference: under 4.2.1 the first of the two to die deletes the files (a shared
// _data[files]); here they stay with the original, so a clone dying early cannot pull them away.
echo "-- a clone keeps the files until the original dies --\n";
$r = new Request($buffer);
$r->file();
$c = clone $r;
var_dump(left($dir), $c->file('avatar')['name']);
unset($c);
var_dump(left($dir));
unset($r);
var_dump(left($dir));

echo "-- __destruct() called directly removes them too --\n";
$r = new Request($buffer);
$r->post();
var_dump(left($dir));
$r->__destruct();
var_dump(left($dir));
unset($r);

echo "-- a file moved away by the application --\n";
$r = new Request($buffer);
rename($r->file('avatar')['tmp_name'], "$dir/kept.png");
unset($r);
var_dump(left($dir), file_get_contents("$dir/kept.png") === "\x89PNG\r\n\x1a\n");
unlink("$dir/kept.png");

echo "-- maxFileUploads counts parts --\n";
Request::$maxFileUploads = 4;
$r = new Request($buffer);
var_export(array_keys($r->post())); echo "\n";
var_export(array_keys($r->file())); echo "\n";
unset($r);
Request::$maxFileUploads = 1024;
var_dump(left($dir));

echo "-- quoted boundary, part without file, broken part stops --\n";
$r = new Request(str_replace('boundary=Q', 'boundary="Q"', multipart([
    "Content-Type: text/plain\r\n\r\nno disposition",
    "Content-Disposition: form-data; name=\"a\"\r\n\r\n1",
], 'Q')));
var_export([$r->post(), $r->file()]); echo "\n";
$r = new Request(multipart([
    "Content-Disposition: form-data; name=\"a\"\r\n\r\n1",
    "Bad-Header-Without-Space:x\r\n\r\n2",
    "Content-Disposition: form-data; name=\"b\"\r\n\r\n3",
]));
var_export($r->post()); echo "\n";
rmdir($dir);
}
--EXPECT--
array (
  'title' => 'Hello',
  'list' => 
  array (
    0 => '1',
    1 => '2',
  ),
)
array (
  'avatar' => 
  array (
    'name' => 'me.png',
    'tmp_name' => 'TMP:\\211PNG\\r\\n\\032\\n',
    'size' => 8,
    'error' => 0,
    'type' => 'image/png',
  ),
  'docs' => 
  array (
    'a' => 
    array (
      0 => 
      array (
        'name' => '1.txt',
        'tmp_name' => 'TMP:one',
        'size' => 3,
        'error' => 0,
        'type' => 'text/plain',
      ),
      1 => 
      array (
        'name' => '2.txt',
        'tmp_name' => 'TMP:two',
        'size' => 3,
        'error' => 0,
        'type' => '',
      ),
    ),
  ),
  'empty' => 
  array (
    'name' => '',
    'tmp_name' => '',
    'size' => 0,
    'error' => 4,
    'type' => 'application/octet-stream',
  ),
)
array (
  'a' => 
  array (
    0 => 
    array (
      'name' => '1.txt',
      'tmp_name' => 'TMP:one',
      'size' => 3,
      'error' => 0,
      'type' => 'text/plain',
    ),
    1 => 
    array (
      'name' => '2.txt',
      'tmp_name' => 'TMP:two',
      'size' => 3,
      'error' => 0,
      'type' => '',
    ),
  ),
)
NULL
string(5) "Hello"
int(3)
after unset: 0
-- a clone keeps the files until the original dies --
int(3)
string(6) "me.png"
int(3)
int(0)
-- __destruct() called directly removes them too --
int(3)
int(0)
-- a file moved away by the application --
int(0)
bool(true)
-- maxFileUploads counts parts --
array (
  0 => 'title',
  1 => 'list',
)
array (
  0 => 'avatar',
)
int(0)
-- quoted boundary, part without file, broken part stops --
array (
  0 => 
  array (
  ),
  1 => 
  array (
  ),
)
array (
  'a' => '1',
)
