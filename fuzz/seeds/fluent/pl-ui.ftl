﻿app-title = callcoach
fmt-money = { $code ->
   *[other] { $code } { $number }
}
