--TEST--
Event: timers, stream and signal watchers added, replaced and removed from their own and each other's callbacks (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
posix
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Timer;
use Workerman\Events\Event;

// Randomised but seeded; every path ends itself, so run() returns once the churn stops.
foreach ([1, 2, 3, 5] as $seed) {
    mt_srand($seed);
    $loop = new Event();
    $ids = [];
    $pairs = [];
    for ($i = 0; $i < 8; $i++) {
        $pairs[] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    }
    $ops = 0;
    $act = function () use (&$act, &$ids, $pairs, $loop, &$ops) {
        if (++$ops > 3000) {
            Timer::delAll();
            return;
        }
        switch (mt_rand(0, 9)) {
            case 0:
            case 1:
                $ids[] = Timer::add(mt_rand(1, 5) / 1000, $act, [mt_rand()], (bool)mt_rand(0, 1));
                break;
            case 2:
                if ($ids) {
                    Timer::del($ids[array_rand($ids)]);
                }
                break;
            case 3:
                if (mt_rand(0, 20) == 0) {
                    Timer::delAll();
                }
                $ids[] = $loop->delay(0.001, $act);
                break;
            case 4:
                [$a, $b] = $pairs[mt_rand(0, 7)];
                $loop->onReadable($b, function ($s) use ($act, $loop) {
                    fread($s, 100);
                    $loop->offReadable($s);
                    $act();
                });
                fwrite($a, "x");
                break;
            case 5:
                [$a, $b] = $pairs[mt_rand(0, 7)];
                $loop->onWritable($a, function ($s) use ($act, $loop) {
                    $loop->onWritable($s, fn ($s) => $loop->offWritable($s));
                    $act();
                });
                break;
            case 6:
                $loop->onSignal(SIGUSR1, function () use ($act, $loop) {
                    $loop->onSignal(SIGUSR1, fn () => $loop->offSignal(SIGUSR1));
                    posix_kill(getmypid(), SIGUSR1);
                    $act();
                });
                posix_kill(getmypid(), SIGUSR1);
                break;
            case 7:
                $ids[] = $loop->repeat(0.002, function () use ($act, &$ids) {
                    Timer::del(end($ids));
                    $act();
                });
                break;
            default:
                $ids[] = Timer::add(0.001, $act, null, false);
        }
    };
    for ($i = 0; $i < 20; $i++) {
        $act();
    }
    $loop->run();
    echo "seed $seed: ", $ops > 20 ? "churned" : "idle", ", timers ", Timer::getTimerCount(), "\n";
    $act = null;
}
?>
--EXPECT--
seed 1: churned, timers 0
seed 2: churned, timers 0
seed 3: churned, timers 0
seed 5: churned, timers 0
