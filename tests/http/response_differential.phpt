--TEST--
Differential: Response/Chunk/ServerSentEvents bytes equal Workerman 4.2.1's (with its Server line under profile 4, without under 5)
--EXTENSIONS--
workerman
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
/* Each snippet is evaluated here (extension) and by a plain php process that loads
 * Workerman 4.2.1's classes; objects are compared as strings, other results as JSON. */
$snippets = [
    'new Response()',
    'new Response(201)',
    'new Response(404, [], "not found")',
    'new Response(599, [], "unknown code")',
    'new Response("200", [], "string status")',
    'new Response(200, ["Content-Type" => "application/json"], "{\"a\":1}")',
    'new Response(200, ["Content-Type" => "application/json", "X-A" => "1", "X-B" => "2"], "{}")',
    'new Response(200, ["X-A" => ["1", "2", "3"]], "list")',
    'new Response(200, ["content-type" => "text/plain", "connection" => "close"], "ci")',
    'new Response(200, ["Connection" => "close"], "c")',
    'new Response(200, ["Server" => "nginx"], "s")',
    'new Response(200, ["Content-Length" => 99], "dup")',
    'new Response(200, ["N" => null, "T" => true, "F" => false, "I" => 7, "D" => 1.5, 3 => "int key"])',
    'new Response(200, ["Connection" => null])',
    'new Response(200, [], 12345)',
    '(new Response)->withStatus(418)',
    '(new Response)->withStatus(200, "Fine")',
    '(new Response)->withStatus(500, "0")',
    '(new Response)->withProtocolVersion("1.0")->withBody("b")',
    '(new Response)->withBody(12345)',
    '(new Response)->header("A", "1")->withHeader("B", 2)->header("A", "3")',
    '(new Response(200, ["A" => "1"]))->withHeaders(["A" => "2", "B" => ["x", "y"]])->withHeaders(["B" => "z"])',
    '(new Response(200, [5 => "a", "K" => "v"]))->withHeaders([9 => "b"])',
    '(new Response(200, ["A" => "1", "B" => "2"]))->withoutHeader("A")->withoutHeader("zz")',
    '(new Response)->cookie("a", "v w/;=ä", 0, "/p", "example.com", true, true, "Strict")',
    '(new Response)->cookie("n", "x", "60", "/", "", 0, 1, "None")->cookie("m")->cookie("o", "", null, "0", "0")',
    '(new Response(200, ["Set-Cookie" => ["pre=1"]]))->cookie("post", "2")',
    'new Response(200, ["Transfer-Encoding" => "chunked"], str_repeat("x", 1000))',
    'new Response(200, ["Transfer-Encoding" => "chunked"])',
    'new Response(200, ["Content-Type" => "text/event-stream"], "\r\n")',
    'new Response(200, ["Content-Type" => "text/event-stream", "Cache-Control" => "no-cache"], "data")',
    'new Response(200, ["Content-Type" => ["text/event-stream"]], "x")',
    'new Chunk("abc")',
    'new Chunk("")',
    'new Chunk(str_repeat("a", 255))',
    'new ServerSentEvents(["data" => "a\nb\n"])',
    'new ServerSentEvents(["" => "hi", "event" => "e", "id" => 10, "retry" => 2000, "data" => "d"])',
    'new ServerSentEvents(["id" => null, "retry" => 0])',
    '(new Response)->withFile("$dir/index.html")',
    '(new Response)->withFile("$dir/archive.unknownext")',
    '(new Response)->withFile("$dir/README")',
    '(new Response(200, ["X" => "y"]))->withFile("$dir/missing.css")',
    '(new Response(200, ["Content-Type" => "x/y", "Last-Modified" => "yesterday"]))->withFile("$dir/style.css")',
    '(new Response(206, ["Content-Range" => "bytes 0-1/4"]))->withFile("$dir/app.js", 0, 2)',
    '(new Response(200, ["Content-Disposition" => "inline"]))->withFile("$dir/data.bin.x")',
    '[(new Response(200, ["A" => "1"]))->cookie("c", "d")->getHeaders(), (new Response(302))->getStatusCode()]',
    '[(new Response)->withStatus(201, "R")->getReasonPhrase(), (new Response(200, ["A" => "b"]))->getHeader("A"), (new Response)->getHeader("x"), (new Response(1, [], "q"))->rawBody()]',
    '(new Response)->withFile("$dir/style.css")->file === ["file" => "$dir/style.css", "offset" => 0, "length" => 0]',
    'new class(200, ["A" => "b"]) extends Response { function __toString(): string { $this->_header["Z"] = "sub"; return parent::__toString(); } }',
    '(new class extends Response { function set() { $this->_header = ["Only" => "this"]; $this->_status = 202; $this->_body = "bb"; $this->_version = "2"; return $this; } })->set()',
];
$dir = sys_get_temp_dir() . '/wm_resp_diff_' . getmypid();
@mkdir($dir);
foreach (['index.html', 'archive.unknownext', 'README', 'style.css', 'app.js', 'data.bin.x'] as $f) {
    file_put_contents("$dir/$f", 'data');
    touch("$dir/$f", 1600000000);
}
$runner = <<<'PHP'
$out = [];
foreach ($snippets as $i => $code) {
    $value = eval('use Workerman\Protocols\Http\{Response, Chunk, ServerSentEvents}; return ' . $code . ';');
    $out[$i] = is_object($value) ? (string)$value : json_encode($value);
}
return $out;
PHP;
$ours = (function () use ($snippets, $dir, $runner) { return eval($runner); })();

$script = "$dir/ref.php";
file_put_contents($script, "<?php\nrequire " . var_export(wm_workerman_dir() . '/Autoloader.php', true) . ";\n"
    . '$snippets = ' . var_export($snippets, true) . ";\n\$dir = " . var_export($dir, true) . ";\n"
    . "echo serialize((function () use (\$snippets, \$dir) {\n$runner\n})());\n");
$json = shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d display_errors=stderr ' . escapeshellarg($script) . ' 2>/dev/null');
$theirs = unserialize($json);
foreach (glob("$dir/*") as $f) unlink($f);
rmdir($dir);
if (!is_array($theirs)) { echo "reference run failed\n"; exit; }
$same = 0;
foreach ($snippets as $i => $code) {
    $ref = Workerman\Worker::VERSION[0] === '5' ? str_replace("Server: workerman\r\n", '', $theirs[$i]) : $theirs[$i]; // profile 4 keeps 4.2.1's Server line
    if ($ref === $ours[$i]) { $same++; continue; }
    echo "DIFF $code\n  ours:   ", json_encode($ours[$i]), "\n  theirs: ", json_encode($ref), "\n";
}
echo $same, ' of ', count($snippets), " same\n";
?>
--EXPECT--
50 of 50 same
