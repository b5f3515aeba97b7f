@"main.counter" = internal global i32 zeroinitializer, align 4

@"main.greeting" = internal global {ptr, i32} {ptr @"main$string.1eab1f1f97", i32 8}, align 4

define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  call void @"main.lookup$init"(ptr undef)
  %t1 = load {ptr, i32, i32}, ptr @"main.table"
  %.1 = extractvalue {ptr, i32, i32} %t1, 0
  %.2 = extractvalue {ptr, i32, i32} %t1, 1
  %.3 = icmp uge i32 1, %.2
  br i1 %.3, label %panic.4, label %ok.5
panic.4:
  %.6 = sext i32 1 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.6, i1 true, i32 %.2, ptr undef)
  unreachable
ok.5:
  %t2 = getelementptr inbounds {{ptr, i32}, i32, {ptr, i32, i32}}, ptr %.1, i32 1
  store ptr %t2, ptr @"main.ptr"
  ret void
}

@"main.limit" = internal global i32 40, section ".rodata.tinypy.noscan.main.limit", align 4

@"main.lookup" = internal global ptr zeroinitializer, align 4

define internal void @"main.lookup$init"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr}, align 8
  %.key2 = alloca {ptr, i32}, align 4
  store {ptr, i32, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr}, ptr %gcframe, i32 0, i32 2
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %.1 = call ptr @"runtime.makemap"(ptr @"tinypy.maptype.4b92301437", i32 1, ptr undef)
  store ptr %.1, ptr %gcslot.2
  store {ptr, i32} {ptr @"main$string.ce2d142464", i32 1}, ptr %.key2
  %.3 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.4b92301437", ptr %.1, ptr %.key2, ptr undef)
  store i32 1, ptr %.3
  store ptr %.1, ptr @"main.lookup"
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr}, align 8
  %.key13 = alloca {ptr, i32}, align 4
  store {ptr, i32, ptr, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %gcframe, i32 0, i32 3
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %t0 = load i32, ptr @"main.counter"
  %t1 = add i32 %t0, 1
  store i32 %t1, ptr @"main.counter"
  %t2 = load {ptr, i32, i32}, ptr @"main.table"
  %t3 = extractvalue {ptr, i32, i32} %t2, 1
  %t4 = load {ptr, i32, i32}, ptr @"main.table"
  %.1 = extractvalue {ptr, i32, i32} %t4, 0
  %.2 = extractvalue {ptr, i32, i32} %t4, 1
  %.3 = icmp uge i32 0, %.2
  br i1 %.3, label %panic.4, label %ok.5
panic.4:
  %.6 = sext i32 0 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.6, i1 true, i32 %.2, ptr undef)
  unreachable
ok.5:
  %t5 = getelementptr inbounds {{ptr, i32}, i32, {ptr, i32, i32}}, ptr %.1, i32 0
  %t6 = getelementptr inbounds {{ptr, i32}, i32, {ptr, i32, i32}}, ptr %t5, i32 0, i32 2
  %t7 = load {ptr, i32, i32}, ptr %t6
  %.7 = extractvalue {ptr, i32, i32} %t7, 0
  %.8 = extractvalue {ptr, i32, i32} %t7, 1
  %.9 = icmp uge i32 0, %.8
  br i1 %.9, label %panic.10, label %ok.11
panic.10:
  %.12 = sext i32 0 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.12, i1 true, i32 %.8, ptr undef)
  unreachable
ok.11:
  %t8 = getelementptr inbounds {ptr, i32}, ptr %.7, i32 0
  %t9 = load {ptr, i32}, ptr %t8
  %gcptr.1 = extractvalue {ptr, i32} %t9, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %t10 = load ptr, ptr @"main.lookup"
  store ptr %t10, ptr %gcslot.3
  store {ptr, i32} {ptr @"main$string.ce2d142464", i32 1}, ptr %.key13
  %.14 = call ptr @"runtime.mapaccess"(ptr @"tinypy.maptype.4b92301437", ptr %t10, ptr %.key13, ptr undef)
  %.15 = icmp ne ptr %.14, null
  br i1 %.15, label %lookup.found.16, label %lookup.done.17
lookup.found.16:
  %.18 = load i32, ptr %.14
  br label %lookup.done.17
lookup.done.17:
  %.19 = phi i32 [zeroinitializer, %ok.11], [%.18, %lookup.found.16]
  %t12 = load i32, ptr @"main.limit"
  %t13 = load {ptr, i32}, ptr @"main.greeting"
  %gcptr.2 = extractvalue {ptr, i32} %t13, 0
  store ptr %gcptr.2, ptr %gcslot.3
  %t14 = load ptr, ptr @"main.ptr"
  %.20 = icmp eq ptr %t14, null
  br i1 %.20, label %panic.21, label %ok.22
panic.21:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.22:
  %t15 = getelementptr inbounds {{ptr, i32}, i32, {ptr, i32, i32}}, ptr %t14, i32 0, i32 1
  %t16 = load i32, ptr %t15
  %t17 = load i32, ptr @"main.counter"
  call void @"runtime.printlock"(ptr undef)
  %.23 = sext i32 %t3 to i64
  call void @"runtime.printint"(i64 %.23, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %t9, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.24 = sext i32 %.19 to i64
  call void @"runtime.printint"(i64 %.24, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.25 = sext i32 %t12 to i64
  call void @"runtime.printint"(i64 %.25, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %t13, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.26 = sext i32 %t16 to i64
  call void @"runtime.printint"(i64 %.26, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.27 = sext i32 %t17 to i64
  call void @"runtime.printint"(i64 %.27, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

@"main.ptr" = internal global ptr zeroinitializer, align 4

@"main.stmp.1" = internal global [1 x {ptr, i32}] [{ptr, i32} {ptr @"main$string.f4e169f8ee", i32 1}], align 4

@"main.stmp.2" = internal global [2 x {{ptr, i32}, i32, {ptr, i32, i32}}] [{{ptr, i32}, i32, {ptr, i32, i32}} {{ptr, i32} {ptr @"main$string.a408ac04a5", i32 5}, i32 1, {ptr, i32, i32} {ptr @"main.stmp.1", i32 1, i32 1}}, {{ptr, i32}, i32, {ptr, i32, i32}} {{ptr, i32} {ptr @"main$string.fd53316cc3", i32 4}, i32 2, {ptr, i32, i32} zeroinitializer}], align 4

@"main.table" = internal global {ptr, i32, i32} {ptr @"main.stmp.2", i32 2, i32 2}, align 4
