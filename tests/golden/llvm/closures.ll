define internal void @"(*main.acc).add"(ptr %p0, i32 %p1, ptr %context) #_ {
entry:
  %t0 = alloca ptr, align 4
  %t1 = alloca i32, align 4
  br label %b0
b0:
  store ptr zeroinitializer, ptr %t0
  store ptr %p0, ptr %t0
  store i32 zeroinitializer, ptr %t1
  store i32 %p1, ptr %t1
  %t2 = load ptr, ptr %t0
  %.1 = icmp eq ptr %t2, null
  br i1 %.1, label %panic.2, label %ok.3
panic.2:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.3:
  %t3 = getelementptr inbounds {i32}, ptr %t2, i32 0, i32 0
  %t4 = load i32, ptr %t3
  %t5 = load i32, ptr %t1
  %t6 = add i32 %t4, %t5
  store i32 %t6, ptr %t3
  ret void
}

define internal void @"(*main.acc).add$bound"(i32 %p0, ptr %context) #_ {
entry:
  %.fva0 = getelementptr inbounds {ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load ptr, ptr %.fva0
  br label %b0
b0:
  call void @"(*main.acc).add"(ptr %.fv0, i32 %p0, ptr undef)
  ret void
}

define internal void @"main.each"({ptr, i32, i32} %p0, ptr %p1, ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr}, align 8
  %t0 = alloca {ptr, i32, i32}, align 4
  %t1 = alloca ptr, align 4
  %t4 = alloca i32, align 4
  %t7 = alloca i32, align 4
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
  store {ptr, i32, i32} zeroinitializer, ptr %t0
  store {ptr, i32, i32} %p0, ptr %t0
  store ptr zeroinitializer, ptr %t1
  store ptr %p1, ptr %t1
  store ptr %p1, ptr %gcslot.3
  %t2 = load {ptr, i32, i32}, ptr %t0
  %gcptr.1 = extractvalue {ptr, i32, i32} %t2, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %t3 = extractvalue {ptr, i32, i32} %t2, 1
  store i32 zeroinitializer, ptr %t4
  store i32 0, ptr %t4
  br label %b1
b1:
  %t5 = load i32, ptr %t4
  %t6 = icmp slt i32 %t5, %t3
  br i1 %t6, label %b3, label %b2
b2:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b3:
  store i32 zeroinitializer, ptr %t7
  %.1 = extractvalue {ptr, i32, i32} %t2, 0
  %.2 = extractvalue {ptr, i32, i32} %t2, 1
  %.3 = icmp uge i32 %t5, %.2
  br i1 %.3, label %panic.4, label %ok.5
panic.4:
  %.6 = sext i32 %t5 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.6, i1 true, i32 %.2, ptr undef)
  unreachable
ok.5:
  %t8 = getelementptr inbounds i32, ptr %.1, i32 %t5
  %t9 = load i32, ptr %t8
  store i32 %t9, ptr %t7
  %t10 = load ptr, ptr %t1
  %t11 = load i32, ptr %t7
  %.7 = icmp eq ptr %t10, null
  br i1 %.7, label %panic.8, label %ok.9
panic.8:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.9:
  %.10 = load ptr, ptr %t10, align 4, !invariant.load !7001
  call void %.10(i32 %t11, ptr %t10)
  br label %b4
b4:
  %t13 = load i32, ptr %t4
  %t14 = add i32 %t13, 1
  store i32 %t14, ptr %t4
  br label %b1
}

define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, ptr}, align 8
  %t3 = alloca ptr, align 4
  %t4 = alloca ptr, align 4
  %t13 = alloca ptr, align 4
  %t14 = alloca [3 x i32], align 4
  %t22 = alloca ptr, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 6
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %t0 = call {ptr, ptr} @"main.makeCounter"(ptr undef)
  %t1 = extractvalue {ptr, ptr} %t0, 0
  %t2 = extractvalue {ptr, ptr} %t0, 1
  store ptr zeroinitializer, ptr %t3
  store ptr %t1, ptr %t3
  store ptr %t1, ptr %gcslot.4
  store ptr zeroinitializer, ptr %t4
  store ptr %t2, ptr %t4
  store ptr %t2, ptr %gcslot.5
  %t5 = load ptr, ptr %t3
  %.1 = icmp eq ptr %t5, null
  br i1 %.1, label %panic.2, label %ok.3
panic.2:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.3:
  %.4 = load ptr, ptr %t5, align 4, !invariant.load !7001
  %t6 = call i32 %.4(ptr %t5)
  %t7 = load ptr, ptr %t3
  %.5 = icmp eq ptr %t7, null
  br i1 %.5, label %panic.6, label %ok.7
panic.6:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.7:
  %.8 = load ptr, ptr %t7, align 4, !invariant.load !7001
  %t8 = call i32 %.8(ptr %t7)
  call void @"runtime.printlock"(ptr undef)
  %.9 = sext i32 %t8 to i64
  call void @"runtime.printint"(i64 %.9, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  %t10 = load ptr, ptr %t4
  %.10 = icmp eq ptr %t10, null
  br i1 %.10, label %panic.11, label %ok.12
panic.11:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.12:
  %.13 = load ptr, ptr %t10, align 4, !invariant.load !7001
  call void %.13(ptr %t10)
  %.14 = call ptr @"runtime.allocNoscan"(i32 4, ptr undef)
  store ptr zeroinitializer, ptr %t13
  store ptr %.14, ptr %t13
  store ptr %.14, ptr %gcslot.6
  store [3 x i32] zeroinitializer, ptr %t14
  %t15 = getelementptr inbounds [3 x i32], ptr %t14, i32 0, i32 0
  store i32 1, ptr %t15
  %t16 = getelementptr inbounds [3 x i32], ptr %t14, i32 0, i32 1
  store i32 2, ptr %t16
  %t17 = getelementptr inbounds [3 x i32], ptr %t14, i32 0, i32 2
  store i32 3, ptr %t17
  %.15 = sub i32 3, 0
  %.16 = sub i32 3, 0
  %.17 = insertvalue {ptr, i32, i32} undef, ptr %t14, 0
  %.18 = insertvalue {ptr, i32, i32} %.17, i32 %.15, 1
  %.19 = insertvalue {ptr, i32, i32} %.18, i32 %.16, 2
  %gcptr.1 = extractvalue {ptr, i32, i32} %.19, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %t19 = load ptr, ptr %t13
  store ptr %t19, ptr %gcslot.3
  %.20 = call ptr @"runtime.alloc"(i32 8, ptr undef)
  store ptr @"(*main.acc).add$bound", ptr %.20
  %.21 = getelementptr inbounds {ptr, ptr}, ptr %.20, i32 0, i32 1
  store ptr %t19, ptr %.21
  call void @"main.each"({ptr, i32, i32} %.19, ptr %.20, ptr undef)
  store ptr zeroinitializer, ptr %t22
  store ptr null, ptr %t22
  %t23 = load ptr, ptr %t13
  %.22 = icmp eq ptr %t23, null
  br i1 %.22, label %panic.23, label %ok.24
panic.23:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.24:
  %t24 = getelementptr inbounds {i32}, ptr %t23, i32 0, i32 0
  %t25 = load i32, ptr %t24
  %t26 = load ptr, ptr %t22
  %t27 = icmp eq ptr %t26, null
  call void @"runtime.printlock"(ptr undef)
  %.25 = sext i32 %t25 to i64
  call void @"runtime.printint"(i64 %.25, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printbool"(i1 %t27, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal {ptr, ptr} @"main.makeCounter"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr}, align 8
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
  %.1 = call ptr @"runtime.allocNoscan"(i32 4, ptr undef)
  store ptr %.1, ptr %gcslot.2
  store i32 0, ptr %.1
  %.2 = call ptr @"runtime.alloc"(i32 8, ptr undef)
  store ptr @"main.makeCounter$1", ptr %.2
  %.3 = getelementptr inbounds {ptr, ptr}, ptr %.2, i32 0, i32 1
  store ptr %.1, ptr %.3
  store ptr %.2, ptr %gcslot.3
  %.4 = call ptr @"runtime.alloc"(i32 8, ptr undef)
  store ptr @"main.makeCounter$2", ptr %.4
  %.5 = getelementptr inbounds {ptr, ptr}, ptr %.4, i32 0, i32 1
  store ptr %.1, ptr %.5
  %.6 = insertvalue {ptr, ptr} undef, ptr %.2, 0
  %.7 = insertvalue {ptr, ptr} %.6, ptr %.4, 1
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret {ptr, ptr} %.7
}

define internal i32 @"main.makeCounter$1"(ptr %context) #_ {
entry:
  %.fva0 = getelementptr inbounds {ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load ptr, ptr %.fva0
  br label %b0
b0:
  %t0 = load i32, ptr %.fv0
  %t1 = add i32 %t0, 1
  store i32 %t1, ptr %.fv0
  %t2 = load i32, ptr %.fv0
  ret i32 %t2
}

define internal void @"main.makeCounter$2"(ptr %context) #_ {
entry:
  %.fva0 = getelementptr inbounds {ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load ptr, ptr %.fva0
  br label %b0
b0:
  store i32 0, ptr %.fv0
  ret void
}
