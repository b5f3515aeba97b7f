define internal {ptr, i32} @"(*main.myErr).Error"(ptr %p0, ptr %context) #_ {
entry:
  %t0 = alloca ptr, align 4
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store ptr %p0, ptr %t0
  ret {ptr, i32} {ptr @"main$string.2c8bbfdb49", i32 4}
}

define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, {ptr, ptr}}, align 8
  store {ptr, i32, ptr, ptr, {ptr, ptr}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 4
  %t0 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 3
  %t2 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 4
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, {ptr, ptr}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  %.1 = call ptr @"runtime.alloc"(i32 12, ptr undef)
  store ptr @"main.main$defer1", ptr %.1
  %.2 = getelementptr inbounds {ptr, {ptr, i32}}, ptr %.1, i32 0, i32 1
  store {ptr, i32} {ptr @"main$string.53bc12a944", i32 4}, ptr %.2
  store {ptr, ptr} zeroinitializer, ptr %t2
  call void @"runtime.deferPush"(ptr %t0, ptr %t2, ptr %.1, ptr undef)
  %t4 = call i32 @"main.risky"(i32 2, ptr undef)
  %.unw3 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw3, label %panic.exit, label %call.ok.4
call.ok.4:
  %t5 = call i32 @"main.risky"(i32 -1, ptr undef)
  %.unw5 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw5, label %panic.exit, label %call.ok.6
call.ok.6:
  call void @"runtime.printlock"(ptr undef)
  %.7 = sext i32 %t4 to i64
  call void @"runtime.printint"(i64 %.7, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.8 = sext i32 %t5 to i64
  call void @"runtime.printint"(i64 %.8, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  %.9 = call ptr @"runtime.allocTyped"(i32 12, i32 12, i32 1, ptr undef)
  store ptr %.9, ptr %gcslot.2
  %.10 = call ptr @"runtime.alloc"(i32 8, ptr undef)
  store ptr @"main.main$2", ptr %.10
  %.11 = getelementptr inbounds {ptr, ptr}, ptr %.10, i32 0, i32 1
  store ptr %.9, ptr %.11
  call void @"main.main$2"(ptr %.10)
  %.unw12 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw12, label %panic.exit, label %call.ok.13
call.ok.13:
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw14 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw14, label %panic.exit, label %call.ok.15
call.ok.15:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
panic.exit:
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw16 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw16, label %panic.ret0, label %panic.retn
panic.ret0:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
panic.retn:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal void @"main.main$2"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, {ptr, ptr}}, align 8
  %.fva0 = getelementptr inbounds {ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load ptr, ptr %.fva0
  store {ptr, i32, ptr, ptr, {ptr, ptr}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 4
  %t0 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 3
  %t1 = getelementptr inbounds {ptr, i32, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 4
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, {ptr, ptr}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store {ptr, ptr} zeroinitializer, ptr %t1
  call void @"runtime.deferPush"(ptr %t0, ptr %t1, ptr @"main.main$2$1$funcval", ptr undef)
  %t3 = load {ptr, i32, i32}, ptr %.fv0
  %gcptr.1 = extractvalue {ptr, i32, i32} %t3, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %.1 = extractvalue {ptr, i32, i32} %t3, 0
  %.2 = extractvalue {ptr, i32, i32} %t3, 1
  %.3 = icmp uge i32 3, %.2
  br i1 %.3, label %panic.4, label %ok.5
panic.4:
  %.6 = sext i32 3 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.6, i1 true, i32 %.2, ptr undef)
  br label %panic.exit
ok.5:
  %t4 = getelementptr inbounds i32, ptr %.1, i32 3
  %t5 = load i32, ptr %t4
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw7 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw7, label %panic.exit, label %call.ok.8
call.ok.8:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
panic.exit:
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw9 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw9, label %panic.ret0, label %panic.retn
panic.ret0:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
panic.retn:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal void @"main.main$2$1"(ptr %context) #_ {
entry:
  br label %b0
b0:
  %t0 = call ptr @"runtime.recoverFrame"(ptr undef)
  %t1 = call {ptr, ptr} @"runtime.recoverValue"(ptr %t0, ptr undef)
  %.1 = extractvalue {ptr, ptr} %t1, 0
  %t2 = icmp ne ptr %.1, null
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printbool"(i1 %t2, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  ret void
}

@"main.main$2$1$funcval" = internal unnamed_addr constant {ptr} {ptr @"main.main$2$1"}, align 4

define internal void @"main.main$defer1"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr}, align 8
  %.fva0 = getelementptr inbounds {ptr, {ptr, i32}}, ptr %context, i32 0, i32 1
  %.fv0 = load {ptr, i32}, ptr %.fva0
  store {ptr, i32, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr}, ptr %gcframe, i32 0, i32 2
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  %gcptr.1 = extractvalue {ptr, i32} %.fv0, 0
  store ptr %gcptr.1, ptr %gcslot.2
  br label %b0
b0:
  %t0 = call ptr @"runtime.recoverFrame"(ptr undef)
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %.fv0, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal i32 @"main.risky"(i32 %p0, ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, align 8
  %t1 = alloca i32, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 6
  %t0 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 5
  %t4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr %gcframe, i32 0, i32 6
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, {ptr, ptr}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store i32 zeroinitializer, ptr %t1
  store i32 %p0, ptr %t1
  %.1 = call ptr @"runtime.allocNoscan"(i32 4, ptr undef)
  store ptr %.1, ptr %gcslot.2
  %.2 = call ptr @"runtime.alloc"(i32 8, ptr undef)
  store ptr @"main.risky$1", ptr %.2
  %.3 = getelementptr inbounds {ptr, ptr}, ptr %.2, i32 0, i32 1
  store ptr %.1, ptr %.3
  store {ptr, ptr} zeroinitializer, ptr %t4
  call void @"runtime.deferPush"(ptr %t0, ptr %t4, ptr %.2, ptr undef)
  %t6 = load i32, ptr %t1
  %t7 = icmp slt i32 %t6, 0
  br i1 %t7, label %b2, label %b1
b1:
  %t8 = load i32, ptr %t1
  %t9 = mul i32 %t8, 2
  store i32 %t9, ptr %.1
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw4 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw4, label %panic.exit, label %call.ok.5
call.ok.5:
  %t11 = load i32, ptr %.1
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret i32 %t11
b2:
  %.6 = call ptr @"runtime.allocNoscan"(i32 4, ptr undef)
  %t13 = getelementptr inbounds {i32}, ptr %.6, i32 0, i32 0
  %t14 = load i32, ptr %t1
  store i32 %t14, ptr %t13
  %.7 = insertvalue {ptr, ptr} undef, ptr @"type:*main.myErr", 0
  %t15 = insertvalue {ptr, ptr} %.7, ptr %.6, 1
  %gcptr.1 = extractvalue {ptr, ptr} %t15, 0
  store ptr %gcptr.1, ptr %gcslot.3
  %gcptr.2 = extractvalue {ptr, ptr} %t15, 1
  store ptr %gcptr.2, ptr %gcslot.4
  call void @"runtime.panicBegin"({ptr, ptr} %t15, ptr undef)
  br label %panic.exit
panic.exit:
  call void @"runtime.runDefers"(ptr %t0, ptr undef)
  %.unw8 = load i1, ptr @"runtime.unwinding"
  br i1 %.unw8, label %panic.ret0, label %panic.retn
panic.ret0:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret i32 zeroinitializer
panic.retn:
  %.9 = load i32, ptr %.1
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret i32 %.9
}

define internal void @"main.risky$1"(ptr %context) #_ {
entry:
  %.fva0 = getelementptr inbounds {ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load ptr, ptr %.fva0
  %t2 = alloca {ptr, ptr}, align 4
  br label %b0
b0:
  %t0 = call ptr @"runtime.recoverFrame"(ptr undef)
  %t1 = call {ptr, ptr} @"runtime.recoverValue"(ptr %t0, ptr undef)
  store {ptr, ptr} zeroinitializer, ptr %t2
  store {ptr, ptr} %t1, ptr %t2
  %t4 = load {ptr, ptr}, ptr %t2
  %.1 = extractvalue {ptr, ptr} %t4, 0
  %t5 = icmp ne ptr %.1, null
  br i1 %t5, label %b1, label %b2
b1:
  store i32 -1, ptr %.fv0
  br label %b2
b2:
  ret void
}

@"type:*main.myErr" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr}> <{i32 4, i32 4, i32 1713229971, i8 40, i8 4, i8 4, i8 22, ptr @"tinypy.equal.9d08dd$funcval", ptr @.typename.710c2a4dce, i32 ptrtoint (ptr @.typename.6c177af3c4 to i32), i32 0, ptr @"type:main.myErr"}>, align 4

@"type:main.myErr" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, [4 x i8], i32, i32, {ptr}, {ptr, i32, i32}, i32, i16, i16, i32, [4 x i8]}> <{i32 4, i32 0, i32 2783864731, i8 13, i8 4, i8 4, i8 25, ptr @"tinypy.equal.9d08dd$funcval", [4 x i8] zeroinitializer, i32 ptrtoint (ptr @.typename.1403807e07 to i32), i32 ptrtoint (ptr @"type:*main.myErr" to i32), {ptr} {ptr @.typename.c3b19f8a8b}, {ptr, i32, i32} {ptr @"type:main.myErr.fields", i32 1, i32 1}, i32 ptrtoint (ptr @.typename.c3b19f8a8b to i32), i16 0, i16 0, i32 0, [4 x i8] zeroinitializer}>, align 4

@"type:main.myErr.fields" = internal constant <{{ptr}, ptr, i32}> <{{ptr} {ptr @.typename.b8d05d9cf8}, ptr @"type:int", i32 0}>, align 4
