/** The 301 and 315 routes: bepaling jeugdhulp, JW301 allocations and JW315 requests, care providers' rejections and the network/RET steps. */
@NullMarked
package nl.jeugdlink.routing;

import org.jspecify.annotations.NullMarked;
